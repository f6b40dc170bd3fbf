import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import { copyExample } from '../cli/helpers.js';
import { catalog, type Code } from '../../src/checks/catalog.js';
import { checkLogoBytes } from '../../src/checks/logo/index.js';
import type { RenderResult } from '../../src/checks/logo/rendered.js';
import { checkLogo } from '../../src/edge/logo.js';
import type { LogoRenderer } from '../../src/edge/render.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { validateListing } from '../../src/listing/validate.js';

/**
 * The logo profile against spellings of attacks that a denylist misses: each class is a table of
 * hostile logos and the locked code each must get, checked in-process (validate's pipeline), in a
 * received bundle (verify), and with the neighbouring codes turned off in `rules`. The last table
 * is the other half: editor constructs the profile must keep allowing.
 */
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" ${attributes} viewBox="0 0 100 100"><rect width="100" height="100"/>${inner}</svg>`;
const xhtml = (inner: string) => svg(`<foreignObject width="10" height="10">${inner}</foreignObject>`);
const metadata = (inner: string) => svg(`<metadata>${inner}</metadata>`);

type Case = readonly [name: string, logo: string, code: Code];

const classes: Record<string, readonly Case[]> = {
  'split-token CSS': [
    ['XML comment between u and rl(', svg('<style>.a{fill:u<!-- -->rl(https://evil.example/p.png)}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['CDATA boundary inside url(', svg('<style>.a{fill:u<![CDATA[rl(https://evil.example/p.png)]]>}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['element between u and rl(', svg('<style>.a{fill:u<desc/>rl(https://evil.example/p.png)}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['comment inside @import', svg('<style>@imp<!-- x -->ort "https://evil.example/s.css";</style>'), 'SVG_STYLE_IMPORT'],
    ['hex-escaped url(', svg('<style>.a{fill:\\75 rl(https://evil.example/p.png)}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['hex escape inside the function name', svg('<style>.a{fill:u\\72l(https://evil.example/p.png)}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['escaped URL inside url()', svg('<style>.a{fill:url(\\68ttps://evil.example/p.png)}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['upper-case URL(', svg('<style>.a{fill:URL(https://evil.example/p.png)}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['src() in @font-face', svg('<style>@font-face{font-family:x;src:src("https://evil.example/f.woff")}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['custom property used through var()', svg('<style>.a{--p:url(https://evil.example/p.png);fill:var(--p)}</style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['a <style> inside another <style>', svg('<style>.a{fill:red}<style>.b{fill:url(https://evil.example/p.png)}</style></style>'), 'SVG_EXTERNAL_REFERENCE'],
    ['escaped @import', svg('<style>@\\69mport url(https://evil.example/s.css);</style>'), 'SVG_STYLE_IMPORT'],
    ['character reference inside url() in a style attribute', svg('<rect style="fill:url(&#x68;ttps://evil.example/p.png)"/>'), 'SVG_EXTERNAL_REFERENCE'],
  ],
  'image-set strings': [
    ['image-set() with a plain string', svg('<rect style="fill:image-set(&quot;https://evil.example/a.png&quot; 1x)"/>'), 'SVG_EXTERNAL_REFERENCE'],
    ['-webkit-image-set() with a protocol-relative string', svg("<style>.a{fill:-webkit-image-set('//evil.example/a.png' 1x)}</style>"), 'SVG_EXTERNAL_REFERENCE'],
    ['image() with a string', svg("<style>.a{fill:image('https://evil.example/a.png')}</style>"), 'SVG_EXTERNAL_REFERENCE'],
    ['image-set() with a data: string', svg("<style>.a{fill:image-set('data:image/svg+xml,&lt;svg/&gt;' 1x)}</style>"), 'SVG_DATA_URI'],
    ['image-set() in a presentation attribute', svg('<rect fill="image-set(\'https://evil.example/a.png\' 2x)"/>'), 'SVG_EXTERNAL_REFERENCE'],
  ],
  'unknown at-rules': [
    ['@document with url-prefix()', svg('<style>@document url-prefix(){.a{fill:red}}</style>'), 'SVG_STYLE_AT_RULE'],
    ['@-moz-document', svg('<style>@-moz-document domain(evil.example){.a{fill:red}}</style>'), 'SVG_STYLE_AT_RULE'],
    ['@property', svg('<style>@property --x{syntax:"*";inherits:false}</style>'), 'SVG_STYLE_AT_RULE'],
  ],
  'processing instructions': [
    ['xml-stylesheet with a decoy pseudo-attribute', `<?xml-stylesheet title='href="#ok"' href="https://evil.example/s.css"?>${svg('')}`, 'SVG_PROCESSING_INSTRUCTION'],
    ['xml-stylesheet pointing inside the file', `<?xml-stylesheet type="text/xsl" href="#xsl"?>${svg('')}`, 'SVG_PROCESSING_INSTRUCTION'],
    ['xml-stylesheet with a data: XSLT', `<?xml-stylesheet type="text/xsl" href="data:text/xml,x"?>${svg('')}`, 'SVG_PROCESSING_INSTRUCTION'],
    ['xml-stylesheet inside the drawing', svg('<?xml-stylesheet href="https://evil.example/s.css"?>'), 'SVG_PROCESSING_INSTRUCTION'],
    ['an unknown instruction', `<?php echo 1; ?>${svg('')}`, 'SVG_PROCESSING_INSTRUCTION'],
    ['xpacket outside <metadata>', svg('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'), 'SVG_PROCESSING_INSTRUCTION'],
  ],
  'embedded XSLT and other active vocabularies': [
    ['xsl:stylesheet in the drawing', svg('<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="1.0"><xsl:template match="/"/></xsl:stylesheet>'), 'SVG_FOREIGN_CONTENT'],
    ['XSLT hidden in <metadata>', metadata('<t:transform xmlns:t="http://www.w3.org/1999/XSL/Transform" version="1.0"/>'), 'SVG_FOREIGN_CONTENT'],
    ['XInclude of a local file', svg('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>'), 'SVG_FOREIGN_CONTENT'],
    ['MathML with a link', svg('<m:math xmlns:m="http://www.w3.org/1998/Math/MathML"><m:mi>x</m:mi></m:math>'), 'SVG_FOREIGN_CONTENT'],
    ['XML Events listener', svg('<ev:listener xmlns:ev="http://www.w3.org/2001/xml-events" event="load" handler="#h"/>'), 'SVG_FOREIGN_CONTENT'],
    ['an unknown namespace in the drawing', svg('<x:thing xmlns:x="urn:example:unknown"/>'), 'SVG_FOREIGN_CONTENT'],
    ['no namespace at all in the drawing', svg('<g xmlns=""><rect/></g>'), 'SVG_FOREIGN_CONTENT'],
  ],
  'prefixed animation targets': [
    ['set of an XLink href under another prefix', svg(`<a><set attributeName="l:href" to="https://evil.example/" xmlns:l="http://www.w3.org/1999/xlink"/></a>`), 'SVG_EXTERNAL_REFERENCE'],
    ['animate of an href under an unbound prefix', svg('<a><animate attributeName="q:href" values="#a;javascript:alert(1)" dur="1s"/></a>'), 'SVG_JAVASCRIPT_URL'],
    ['animate of xml:base', svg('<g><animate attributeName="xml:base" values="https://evil.example/" dur="1s"/></g>'), 'SVG_EXTERNAL_REFERENCE'],
    ['set of fill to an external paint', svg('<rect><set attributeName="fill" to="url(https://evil.example/p.svg#g)"/></rect>'), 'SVG_EXTERNAL_REFERENCE'],
    ['set of style to an external image', svg('<rect><set attributeName="style" to="fill:url(//evil.example/p.png)"/></rect>'), 'SVG_EXTERNAL_REFERENCE'],
    ['set of an upper-case handler', svg('<rect><set attributeName="ONCLICK" to="alert(1)"/></rect>'), 'SVG_EVENT_HANDLER'],
    ['set of a handler under a prefix', svg('<rect><set attributeName="x:onload" to="alert(1)" xmlns:x="urn:x"/></rect>'), 'SVG_EVENT_HANDLER'],
    ['animate from a data: document', svg(`<use ${XLINK}><animate attributeName="xlink:href" from="data:image/svg+xml,x" to="#a" dur="1s"/></use>`), 'SVG_DATA_URI'],
  ],
  'DOCTYPE declarations and external ids': [
    ['ATTLIST default of a prefixed href', `<!DOCTYPE svg [<!ATTLIST use l:href CDATA "https://evil.example/a.svg#a">]>${svg('<use/>')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['ATTLIST default of onload', `<!DOCTYPE svg [ <!ATTLIST svg onload CDATA "alert(1)"> ]>${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['ATTLIST after a comment', `<!DOCTYPE svg [ <!-- fine --> <!ATTLIST svg x CDATA "1"> ]>${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['ELEMENT declaration', `<!DOCTYPE svg [<!ELEMENT svg ANY>]>${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['NOTATION declaration', `<!DOCTYPE svg [<!NOTATION n SYSTEM "https://evil.example/n">]>${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['SYSTEM DTD on a web server', `<!DOCTYPE svg SYSTEM "https://evil.example/svg.dtd">${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['SYSTEM DTD from the disk', `<!DOCTYPE svg SYSTEM "file:///etc/passwd">${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['the SVG 1.1 public id with another system id', `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "https://evil.example/svg11.dtd">${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
    ['the XHTML DTD', `<!DOCTYPE svg PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">${svg('')}`, 'SVG_XML_DOCTYPE_NOT_ALLOWED'],
  ],
  'XHTML URL attributes': [
    ['img srcset', xhtml('<h:img xmlns:h="http://www.w3.org/1999/xhtml" srcset="https://evil.example/a.png 1x"/>'), 'SVG_FOREIGN_CONTENT'],
    ['video poster', svg('<h:video xmlns:h="http://www.w3.org/1999/xhtml" poster="https://evil.example/a.png"/>'), 'SVG_FOREIGN_CONTENT'],
    ['form action', svg('<h:form xmlns:h="http://www.w3.org/1999/xhtml" action="https://evil.example/"/>'), 'SVG_FOREIGN_CONTENT'],
    ['body background', svg('<h:body xmlns:h="http://www.w3.org/1999/xhtml" background="https://evil.example/a.png"/>'), 'SVG_FOREIGN_CONTENT'],
    ['a ping', svg('<h:a xmlns:h="http://www.w3.org/1999/xhtml" ping="https://evil.example/t">x</h:a>'), 'SVG_FOREIGN_CONTENT'],
    ['meta refresh', svg('<h:meta xmlns:h="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=https://evil.example/"/>'), 'SVG_FOREIGN_CONTENT'],
    ['meta refresh inside <metadata>', metadata('<meta xmlns="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=https://evil.example/"/>'), 'SVG_FOREIGN_CONTENT'],
    ['img through a default namespace switch', svg('<g><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(1)"/></g>'), 'SVG_FOREIGN_CONTENT'],
    ['an XHTML attribute on an SVG element', svg('<rect xmlns:h="http://www.w3.org/1999/xhtml" h:style="x"/>'), 'SVG_FOREIGN_CONTENT'],
  ],
  'names resolved by namespace URI': [
    ['XLink href under another prefix', svg('<a l:href="javascript:alert(1)" xmlns:l="http://www.w3.org/1999/xlink"><rect/></a>'), 'SVG_JAVASCRIPT_URL'],
    ['use of an external file under another prefix', svg('<use x:href="https://evil.example/a.svg#i" xmlns:x="http://www.w3.org/1999/xlink"/>'), 'SVG_EXTERNAL_REFERENCE'],
    ['script under the svg prefix', svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'), 'SVG_SCRIPT'],
    ['listener element', svg('<listener event="click" handler="#h"/>'), 'SVG_SCRIPT'],
    ['xml:base under the xml prefix', svg('<g xml:base="https://evil.example/"><use href="#a"/></g>'), 'SVG_EXTERNAL_REFERENCE'],
    ['SVG Tiny <animation> of another document', svg('<animation href="#a"/>'), 'SVG_FOREIGN_OBJECT'],
  ],
  'declared encodings': [
    ['UTF-7 with an encoded script', `<?xml version="1.0" encoding="UTF-7"?>${svg('+ADw-script+AD4-alert(1)+ADw-/script+AD4-')}`, 'SVG_ENCODING_UNSUPPORTED'],
    ['ISO-8859-1 with ASCII bytes', `<?xml version="1.0" encoding="ISO-8859-1"?>${svg('')}`, 'SVG_ENCODING_UNSUPPORTED'],
    ['UTF-16 declared over UTF-8 bytes', `<?xml version="1.0" encoding="UTF-16"?>${svg('')}`, 'SVG_ENCODING_UNSUPPORTED'],
    ['a declaration padded past 200 characters', `<?xml version="1.0"${' '.repeat(300)}encoding="UTF-7"?>${svg('')}`, 'SVG_ENCODING_UNSUPPORTED'],
  ],
};

const cases = Object.entries(classes).flatMap(([kind, list]) => list.map(([name, logo, code]) => ({ kind, name, logo, code })));

/** Not a benchmark: a hang guard. The slowest case is reported in the closing test. */
const FAST_MS = 500;
const timings: Array<{ name: string; ms: number }> = [];

describe('hostile spellings: the code each class must get, and it is locked', () => {
  it.each(cases)('$kind: $name → $code', ({ name, logo, code }) => {
    const start = performance.now();
    const codes = checkLogoBytes(Buffer.from(logo), { file: 'logo.svg' }).map((issue) => issue.code);
    const ms = performance.now() - start;
    timings.push({ name, ms });
    expect(codes).toContain(code);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('every hostile-content code is locked; the unknown at-rule is the only one that is not', () => {
    const unlocked = [...new Set(cases.map((c) => c.code))].filter((code) => catalog[code].locked !== true);
    expect(unlocked).toEqual(['SVG_STYLE_AT_RULE']);
  });
});

const work = mkdtempSync(join(tmpdir(), 'mde-profile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let serial = 0;

/** A received bundle of the example listing with `logo` as its logo, hashes right. */
function bundleWith(logo: string): string {
  const dir = join(work, `bundle-${serial++}`);
  mkdirSync(dir);
  const source = copyExample(join(work, `source-${serial}`));
  const listing = Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync(join(source, 'mde-partner.json'), 'utf8')), $schema: undefined, logo: 'logo.svg' }));
  const files = new Map([['listing.json', listing], ['logo.svg', Buffer.from(logo)]]);
  for (const [name, data] of files) writeFileSync(join(dir, name), data);
  const manifest = { tool: { name: 'mde-partner' }, files: [...files].map(([path, data]) => ({ path, sha256: createHash('sha256').update(data).digest('hex') })) };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('the same cases in a received bundle (verify) and in a listing whose rules turn neighbouring codes off', () => {
  it.each(cases)('$kind: $name', async ({ logo, code }) => {
    const verified = await verifyBundle(bundleWith(logo), 'bundle', { render: false });
    expect(verified.ok).toBe(false);
    expect(verified.findings.find((finding) => finding.code === code)?.severity).toBe(catalog[code].locked ? 'error' : catalog[code].severity);

    const neighbours = ['SVG_ANIMATION', 'SVG_FOREIGN_OBJECT', 'SVG_IMAGE_ELEMENT', 'SVG_ELEMENT_UNKNOWN', 'SVG_STYLE_AT_RULE', 'SVG_TEXT'].filter((other) => other !== code);
    const dir = copyExample(join(work, `relaxed-${serial++}`), { logo, listing: { rules: Object.fromEntries(neighbours.map((other) => [other, 'off'])) } });
    const validated = await validateListing(join(dir, 'mde-partner.json'), { render: false });
    if (catalog[code].locked) {
      expect(validated.ok).toBe(false);
      expect(validated.findings.find((finding) => finding.code === code)?.severity).toBe('error');
    }
  });
});

describe('the renderer gets a logo only after the static checks passed', () => {
  /** A renderer that records what it is asked to draw. */
  const spy = () => {
    const requested: string[] = [];
    const renderer = { request: (text: string) => {
      requested.push(text);
      return { result: Promise.resolve<RenderResult>({ status: 'cancelled' }), cancel() {} };
    } } as unknown as LogoRenderer;
    return { requested, renderer };
  };
  // As if a listing's rules had turned off every code that can be turned off.
  const onlyLockedFail = (code: Code) => catalog[code].locked === true;

  it.each(cases.filter(({ code }) => catalog[code].locked))('never draws $kind: $name', async ({ logo }) => {
    const { requested, renderer } = spy();
    await checkLogo(Buffer.from(logo), { render: { renderer }, isError: onlyLockedFail });
    expect(requested).toEqual([]);
  });

  it('draws a logo that passed (the control)', async () => {
    const { requested, renderer } = spy();
    await checkLogo(Buffer.from(svg('<circle r="40" cx="50" cy="50"/>')), { render: { renderer }, isError: onlyLockedFail });
    expect(requested).toHaveLength(1);
  });
});

describe('what the profile keeps allowing (editor exports and harmless CSS)', () => {
  it.each([
    ['internal XLink and plain hrefs', svg(`<defs><linearGradient id="g"/></defs><use xlink:href="#g"/><use href="#g"/>`, XLINK)],
    ['url(#id) in CSS and attributes', svg('<style>.a{fill:url(#g);filter:url( "#f" )}</style><rect fill="url(#g)" style="clip-path:url(#c)"/>')],
    ['@namespace, @media, @supports, @font-face with local()', svg('<style>@charset "UTF-8";@namespace svg url(http://www.w3.org/2000/svg);@media (prefers-color-scheme:dark){.a{fill:#fff}}@supports (fill:red){.a{fill:red}}@font-face{font-family:x;src:local(Arial)}</style>')],
    ['the W3C SVG 1.1 DOCTYPE with an empty internal subset', `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [ <!-- nothing --> ]>${svg('')}`],
    ['the SVG 1.0 DOCTYPE (Illustrator)', `<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.0//EN" "http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd">${svg('')}`],
    ['XMP in <metadata> with xpacket', metadata('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Illustrator"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')],
    ['Inkscape and Sodipodi elements', svg('<sodipodi:namedview pagecolor="#fff" inkscape:zoom="1"><inkscape:grid type="xygrid"/></sodipodi:namedview>', 'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"')],
    ['UTF-8 and US-ASCII declarations', `<?xml version="1.0" encoding="us-ascii" standalone="no"?>${svg('')}`],
    ['animation values in a neighbouring attribute are not references', svg('<rect><animate attributeName="x" values="0;10" dur="1s"/></rect>')],
  ])('%s', (_name, logo) => {
    const errors = checkLogoBytes(Buffer.from(logo), { file: 'logo.svg' }).filter((issue) => catalog[issue.code].severity === 'error' && issue.code !== 'SVG_ANIMATION');
    expect(errors).toEqual([]);
  });
});

describe('timing', () => {
  it(`the slowest hostile case stays under ${FAST_MS} ms`, () => {
    const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a), { name: '', ms: 0 });
    expect(timings.length).toBe(cases.length);
    expect(slowest.ms).toBeLessThan(FAST_MS);
  });
});
