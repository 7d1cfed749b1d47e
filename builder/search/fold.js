/* Arabic folding shared by the index pipeline and the query (see builder/search). */
var explainerArabic = (function () {
  var MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
  var ARABIC_WORD = /[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u06FA-\u06FF\u064B-\u065F\u0670\u0640]+/g;
  var LETTERS = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك" };
  function fold(word) {
    return word.replace(MARKS, "").replace(/[أإآٱىةؤئیک]/g, function (c) { return LETTERS[c]; });
  }
  /* The article and one-letter clitics: والوساطة → وساطه, للأمم → امم, بموسكو → موسكو. */
  function stem(word) {
    var w = fold(word);
    if (w.length > 3 && (w[0] === "و" || w[0] === "ف")) {
      var rest = w.slice(1);
      if (rest.indexOf("ال") === 0 || rest.indexOf("لل") === 0 || "بلك".indexOf(rest[0]) >= 0) w = rest;
    }
    if (w.length > 4 && w.indexOf("لل") === 0) return w.slice(2);
    if (w.length > 4 && "بلك".indexOf(w[0]) >= 0 && w.indexOf("ال", 1) === 1) return w.slice(3);
    if (w.length > 3 && w.indexOf("ال") === 0) return w.slice(2);
    return w;
  }
  /* Every form an indexed word may be searched by: as written (folded), and without one-letter
     clitics and the article, so that وساطة finds بوساطة and الوساطة. */
  function variants(word) {
    var w = fold(word);
    var out = [w];
    var heads = [w];
    if (w.length > 3 && (w[0] === "و" || w[0] === "ف")) heads.push(w.slice(1));
    heads.slice().forEach(function (h) {
      if (h.length > 4 && h.indexOf("لل") === 0) heads.push("ا" + h.slice(1));
      else if (h.length > 3 && "بلك".indexOf(h[0]) >= 0) heads.push(h.slice(1));
    });
    heads.forEach(function (h) {
      out.push(h);
      if (h.length > 3 && h.indexOf("ال") === 0) out.push(h.slice(2));
    });
    return out.filter(function (v, i) { return out.indexOf(v) === i; });
  }
  /* English words get the index's Porter stem too: the theme turns every term into a prefix
     query (mediation*), and lunr skips its pipeline for those, so "mediation" would miss the
     indexed stem "mediat". */
  function english(word) {
    var lunr = typeof self !== "undefined" ? self.lunr : undefined;
    if (!lunr || !lunr.stemmer || !lunr.Token) return word;
    return lunr.stemmer(new lunr.Token(word.toLowerCase(), {})).toString();
  }
  function foldQuery(query) {
    return query.replace(ARABIC_WORD, stem).replace(/(^|[\s+\-])([A-Za-z]{3,})(?=[\s*~^]|$)/g, function (m, pre, word) {
      return pre + english(word);
    });
  }
  return { fold: fold, stem: stem, variants: variants, foldQuery: foldQuery };
})();
if (typeof self !== "undefined") self.explainerArabic = explainerArabic;
