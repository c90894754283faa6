// Writes the expected results of twitter-text 3.1.0 for hand-picked tricky texts, one JSON object per line,
// for tests/Rapport.Text.Tests/Data/twitter-text/reference-cases.jsonl.
// Usage (in a folder where twitter-text@3.1.0 is installed): node reference-cases.js > reference-cases.jsonl
const twttr = require('twitter-text');
const texts = [
  'a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.com',
  'a.a.a.a.a.a.a.a.x',
  'sub_domain.example.com and bad_name.com',
  'foo.bar_baz.com/path',
  'EXAMPLE.COM and WWW.Example.Co.UK/Path',
  'http://user@example.com/x and https://user:pw@example.org',
  'www.example.com:8080/path?q=1#frag',
  'http://example.com/path_(with)_parens) end',
  'example.co.uk. trailing dot',
  'xn--p1ai.xn--80asehdb and xn--bad',
  'http://xn--80ak6aa92e.com/ and http://☃.net/',
  '日本語example.com中国語t.co/abc한국',
  'https://t.co/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ?x=1',
  'https://t.co/abc?amp=1,next',
  'see:http://example.com/ (http://example.org/a) [https://example.net]',
  '.@alice RT@bob rt:@carol @dave/list-name_1 @eve/ @x@y',
  '#hashtag#another ＃全角 #1st #123 #_ #café #한국어 #tag️⃣',
  '$AAPL $aapl.b $TOO_LONG $ab_cd $a.bc',
  'émoji: 👨‍👩‍👧‍👦🏳️‍🌈🇫🇷🏴󠁧󠁢󠁥󠁮󠁧󠁿1️⃣#️⃣*️⃣©️®️™️',
  'e\u0301 combining, \u212B angstrom, \uFB01 ligature, \u0344 split',
  'A\uFFFEB invalid \uFEFF bom',
  'http://example.com/' + 'a'.repeat(300),
  'mixed RTL: مرحبا example.com العالم http://foobar.پاکستان/',
  '\u2066\u202Atest abcdef.com\u202C\u2069',
  'url.com.',
  'www.-bad.com www.bad-.com good-.example.com',
  'http://[3ffe:1900:4545:3:200:f8ff:fe21:67cf]:80/index.html http://192.168.0.1/',
  'K\u212Aelvin.com ſtraße.de',
  'a@b.com email@example.co',
  'tab\tseparated\texample.com\nnewline.org',
];
for (const text of texts) {
  const parse = twttr.parseTweet(text);
  const entities = twttr.extractEntitiesWithIndices(text).map((entity) => {
    if (entity.url !== undefined) return { type: 'url', value: entity.url, start: entity.indices[0], end: entity.indices[1] };
    if (entity.screenName !== undefined) return { type: 'mention', value: entity.screenName + (entity.listSlug || ''), start: entity.indices[0], end: entity.indices[1] };
    if (entity.hashtag !== undefined) return { type: 'hashtag', value: entity.hashtag, start: entity.indices[0], end: entity.indices[1] };
    return { type: 'cashtag', value: entity.cashtag, start: entity.indices[0], end: entity.indices[1] };
  });
  process.stdout.write(JSON.stringify({ text, weightedLength: parse.weightedLength, valid: parse.valid, permillage: parse.permillage, validRangeEnd: parse.validRangeEnd, entities }) + '\n');
}
