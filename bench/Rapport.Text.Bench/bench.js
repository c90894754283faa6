// The JavaScript side of the comparison: twitter-text 3.1.0 on the same corpus, single thread.
// Usage: node bench.js CORPUS.jsonl RESULTS.txt TIMING.json PASSES
const fs = require('fs');
const twttr = require('twitter-text');

const [corpusPath, resultsPath, timingPath, passesArg] = process.argv.slice(2);
const passes = Number(passesArg || 3);
const texts = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line));

function escape(value) {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function format(parse, entities) {
  let line = `${parse.weightedLength} ${parse.valid} ${parse.permillage} ${parse.validRangeEnd} ${parse.displayRangeEnd}`;
  for (const entity of entities) {
    let type; let value;
    if (entity.url !== undefined) { type = 'url'; value = entity.url; }
    else if (entity.screenName !== undefined) { type = 'mention'; value = entity.screenName + (entity.listSlug || ''); }
    else if (entity.hashtag !== undefined) { type = 'hashtag'; value = entity.hashtag; }
    else { type = 'cashtag'; value = entity.cashtag; }
    line += `\t${type} ${entity.indices[0]} ${entity.indices[1]} ${escape(value)}`;
  }
  return line;
}

function timeIt(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

let sink = 0;
const parseAll = () => { for (const text of texts) { sink += twttr.parseTweet(text).weightedLength; } };
const extractAll = () => { for (const text of texts) { sink += twttr.extractEntitiesWithIndices(text).length; } };

// One warm-up pass each lets the JIT settle, as the .NET side does.
parseAll();
extractAll();
const parseMs = [];
const extractMs = [];
for (let pass = 0; pass < passes; pass++) {
  parseMs.push(timeIt(parseAll));
  extractMs.push(timeIt(extractAll));
}

const out = fs.openSync(resultsPath, 'w');
let chunk = [];
for (const text of texts) {
  chunk.push(format(twttr.parseTweet(text), twttr.extractEntitiesWithIndices(text)));
  if (chunk.length === 5000) { fs.writeSync(out, chunk.join('\n') + '\n'); chunk = []; }
}
if (chunk.length > 0) fs.writeSync(out, chunk.join('\n') + '\n');
fs.closeSync(out);

fs.writeFileSync(timingPath, JSON.stringify({ texts: texts.length, parseMs, extractMs, node: process.version, sink }));
