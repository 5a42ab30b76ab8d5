// Copy the front-end files the web app serves into src/communique/web/static/vendor/.
// Run after `npm ci`: `npm run vendor`. Every file keeps (or gets) its licence header.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, "..", "src", "communique", "web", "static", "vendor");
mkdirSync(vendor, { recursive: true });

const modules = join(here, "node_modules");
const pkg = (name) => JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8"));

// topojson-client: the minified build already starts with its licence line.
copyFileSync(join(modules, "topojson-client", "dist", "topojson-client.min.js"), join(vendor, "topojson-client.min.js"));
copyFileSync(join(modules, "topojson-client", "LICENSE"), join(vendor, "LICENSE.topojson-client.txt"));

// world-atlas: JSON cannot carry a comment, so its licence sits beside it.
copyFileSync(join(modules, "world-atlas", "countries-110m.json"), join(vendor, "countries-110m.json"));
copyFileSync(join(modules, "world-atlas", "LICENSE"), join(vendor, "LICENSE.world-atlas.txt"));

const lines = ["name\tversion\tlicense\tfiles"];
lines.push(`topojson-client\t${pkg("topojson-client").version}\t${pkg("topojson-client").license}\ttopojson-client.min.js`);
lines.push(`world-atlas\t${pkg("world-atlas").version}\t${pkg("world-atlas").license}\tcountries-110m.json`);
writeFileSync(join(vendor, "VENDORED.tsv"), lines.join("\n") + "\n");
console.log(`vendored into ${vendor}`);
