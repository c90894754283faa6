// The JavaScript side of the comparison: twitter-text 3.1.0 on the same corpus, single thread.
// Usage: node bench.js time CORPUS.jsonl TIMING.jsonl   (one warm-up pass, then one timed pass of each operation)
//        node bench.js results CORPUS.jsonl RESULTS.txt (one line per text, as ResultLines.cs writes it)
const fs = require('fs');
const twttr = require('twitter-text');

const [mode, corpusPath, outPath] = process.argv.slice(2);
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

function measure(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

let sink = 0;
const parseAll = () => { for (const text of texts) { sink += twttr.parseTweet(text).weightedLength; } };
const extractAll = () => { for (const text of texts) { sink += twttr.extractEntitiesWithIndices(text).length; } };

if (mode === 'time') {
  parseAll();
  extractAll();
  const parse = measure(parseAll);
  const extract = measure(extractAll);
  fs.appendFileSync(outPath, JSON.stringify({ side: 'js', runtime: 'node ' + process.version, texts: texts.length, parse, extract, sink }) + '\n');
} else {
  const out = fs.openSync(outPath, 'w');
  let chunk = [];
  for (const text of texts) {
    chunk.push(format(twttr.parseTweet(text), twttr.extractEntitiesWithIndices(text)));
    if (chunk.length === 5000) { fs.writeSync(out, chunk.join('\n') + '\n'); chunk = []; }
  }
  if (chunk.length > 0) fs.writeSync(out, chunk.join('\n') + '\n');
  fs.closeSync(out);
}
