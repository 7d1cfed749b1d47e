/* Arabic folding of a typed query, the browser side of builder/search/fold.py (same table,
   same rules; tests/search/test_folding_parity.py runs both). The build replaces TABLE. */
var explainerFold = (function (T) {
  var MARKS = new RegExp("[" + T.marks + "]", "g");
  var WORD = new RegExp("[" + T.word + "]+", "g");
  var LETTERS = new RegExp("[" + Object.keys(T.letters).join("") + "]", "g");
  function foldLetters(word) {
    return word.replace(MARKS, "").replace(LETTERS, function (c) { return T.letters[c]; });
  }
  function queryWord(word) {
    var w = foldLetters(word);
    if (w.length > 3 && T.conjunctions.indexOf(w[0]) >= 0) {
      var rest = w.slice(1);
      if (rest.indexOf(T.article) === 0 || rest.indexOf("لل") === 0 || T.prepositions.indexOf(rest[0]) >= 0) w = rest;
    }
    if (w.length > 4 && w.indexOf("لل") === 0) return w.slice(2);
    if (w.length > 4 && T.prepositions.indexOf(w[0]) >= 0 && w.slice(1, 3) === T.article) return w.slice(3);
    if (w.length > 3 && w.indexOf(T.article) === 0) return w.slice(2);
    return w;
  }
  function foldQuery(query) {
    return query.replace(WORD, queryWord);
  }
  return { foldLetters: foldLetters, queryWord: queryWord, foldQuery: foldQuery };
})(/*TABLE*/);
