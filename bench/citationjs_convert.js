// citation-js side of bench/bibtex_compare.py: converts CSL-JSON -> biblatex or biblatex ->
// CSL-JSON with @citation-js/plugin-bibtex, through the plugin API (no Cite object, which
// would clone and re-validate every item).
//   node citationjs_convert.js to-biblatex in.json out.bib
//   node citationjs_convert.js to-csljson in.bib out.json
'use strict'
const fs = require('fs')
const { plugins } = require('@citation-js/core')
require('@citation-js/plugin-bibtex')

const [mode, input, output] = process.argv.slice(2)
const text = fs.readFileSync(input, 'utf8')
if (mode === 'to-biblatex') {
  fs.writeFileSync(output, plugins.output.format('biblatex', JSON.parse(text)))
} else if (mode === 'to-csljson') {
  const data = plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false })
  fs.writeFileSync(output, JSON.stringify(data))
} else {
  console.error('usage: citationjs_convert.js to-biblatex|to-csljson IN OUT')
  process.exit(2)
}
