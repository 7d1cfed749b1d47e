/* lunr.ar for the explainer site: folding + clitic stripping instead of a stemmer that loses
   Arabic queries (see builder/search). Replaces lunr-languages' lunr.ar.min.js. */
(function (root, factory) {
  if (typeof define === "function" && define.amd) define(factory);
  else if (typeof exports === "object") module.exports = factory();
  else factory()(root.lunr);
})(this, function () {
  return function (lunr) {
    if (typeof lunr === "undefined") throw new Error("Lunr is not present.");
    lunr.ar = function () {
      this.pipeline.reset();
      this.pipeline.add(lunr.ar.trimmer, lunr.ar.stemmer);
      if (this.searchPipeline) {
        this.searchPipeline.reset();
        this.searchPipeline.add(lunr.ar.stemmer);
      }
    };
    lunr.ar.wordCharacters = "\u0621-\u065F\u0660-\u0669\u0670-\u06D3\u06FA-\u06FF";
    lunr.ar.trimmer = lunr.trimmerSupport.generateTrimmer(lunr.ar.wordCharacters);
    lunr.Pipeline.registerFunction(lunr.ar.trimmer, "trimmer-ar");
    /* Indexed words become all their searchable forms; a query word (one form, already folded
       by the worker prologue) passes through unchanged. */
    lunr.ar.stemmer = function (token, i, tokens) {
      var word = token.toString();
      if (!/[\u0600-\u06FF]/.test(word)) return token;
      return explainerArabic.variants(word).map(function (form) {
        return token.clone(function () { return form; });
      });
    };
    lunr.Pipeline.registerFunction(lunr.ar.stemmer, "stemmer-ar");
    lunr.ar.stopWordFilter = undefined;
  };
});
