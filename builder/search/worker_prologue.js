/* Fold Arabic query words before the theme's search worker parses them (see builder/search). */
(function () {
  var add = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return add(type, listener, options);
    return add(type, function (event) {
      var message = event.data;
      if (message && typeof message.data === "string") {
        return listener({ data: { type: message.type, data: explainerArabic.foldQuery(message.data) } });
      }
      return listener(event);
    }, options);
  };
})();
