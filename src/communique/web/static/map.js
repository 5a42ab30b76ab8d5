// World map of event places: country shapes (world-atlas, vendored) and one circle per place.
// Equirectangular projection drawn as plain SVG; no library beyond topojson-client.
(function () {
  "use strict";
  var svg = document.getElementById("map");
  var data = JSON.parse(document.getElementById("page-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var W = 960, H = 480;

  function x(lon) { return (lon + 180) / 360 * W; }
  function y(lat) { return (90 - lat) / 180 * H; }

  function ringPath(ring) {
    // A ring that crosses the antimeridian would draw a line across the whole map: start a new
    // piece where longitude jumps by more than half the world instead.
    var d = "";
    for (var i = 0; i < ring.length; i++) {
      var jump = i > 0 && Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
      d += (i === 0 || jump ? "M" : "L") + x(ring[i][0]).toFixed(1) + "," + y(ring[i][1]).toFixed(1);
    }
    return d + "Z";
  }

  function geometryPath(g) {
    if (!g) return "";
    var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map(function (p) { return p.map(ringPath).join(""); }).join("");
  }

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    parent.appendChild(e);
    return e;
  }

  function drawPoints() {
    var layer = el("g", { "class": "points" }, svg);
    var max = Math.max.apply(null, [1].concat(data.items.map(function (p) { return p.n_events; })));
    data.items.forEach(function (p) {
      var r = 3 + 9 * Math.sqrt(p.n_events / max);
      var c = el("circle", {
        cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: r.toFixed(1),
        "class": "place " + (p.n_conflict > p.n_coop ? "conflict" : "coop")
      }, layer);
      var t = el("title", {}, c);
      t.textContent = (p.name || "?") + ": " + p.n_events + " event(s)";
      if (p.country) {
        c.addEventListener("click", function () { window.location.href = "/events?country=" + encodeURIComponent(p.country); });
      }
    });
    svg.setAttribute("data-points", String(data.items.length));
  }

  fetch("/static/vendor/countries-110m.json")
    .then(function (r) { return r.json(); })
    .then(function (world) {
      var land = el("g", { "class": "countries" }, svg);
      var features = topojson.feature(world, world.objects.countries).features;
      features.forEach(function (f) {
        var path = el("path", { d: geometryPath(f.geometry), "class": "country" }, land);
        var t = el("title", {}, path);
        t.textContent = (f.properties && f.properties.name) || "";
      });
      svg.setAttribute("data-countries", String(features.length));
      drawPoints();
      svg.setAttribute("data-ready", "1");
    });
})();
