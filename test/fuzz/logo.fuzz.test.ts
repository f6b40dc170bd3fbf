import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optimizeLogo } from '../../src/bundle/bundle.js';
import { isCode, type Code } from '../../src/checks/catalog.js';
import type { Issue } from '../../src/checks/finding.js';
import { checkLogoBytes } from '../../src/checks/logo/index.js';
import { loadCodeMessages } from '../../src/messages/codes.js';
import { toFindingsNow as toFindings } from '../../src/report/findings.js';

await loadCodeMessages('en');
import { repoRoot } from '../cli/helpers.js';
import { checkProperty, guarded, timeout } from './fuzz.js';

const SVG = join(repoRoot, 'test/fixtures/svg');
const read = (dir: string) => readdirSync(join(SVG, dir)).sort().map((name) => ({ name: `${dir}/${name}`, bytes: readFileSync(join(SVG, dir, name)) }));
const GOOD = [...read('good'), { name: 'examples/valid/logo.svg', bytes: readFileSync(join(repoRoot, 'examples/valid/logo.svg')) }];
const CORPUS = [...GOOD, ...read('bad')];

/** Findings made from bytes, before there is text to point into, have no line. */
const WITHOUT_POSITION = new Set<Code>(['SVG_INPUT_EMPTY', 'SVG_INPUT_TOO_LARGE', 'SVG_INPUT_COMPRESSED', 'SVG_INPUT_NOT_SVG', 'SVG_ENCODING_UNSUPPORTED', 'SVG_SIZE_OVER_32KB']);

/** Pieces of hostile SVG, CSS and XML spliced into the corpus at random places. */
const HOSTILE_SNIPPETS = [
  '<!ENTITY x "y">', '<!DOCTYPE svg [<!ENTITY a "&#38;a;&#38;a;">]>', '<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>', '<!ATTLIST',
  '<script>alert(1)</script>', '<script>', 'javascript:alert(1)', ' href="javascript:x"', ' onload="x"', ' xlink:href="#a"',
  ' style="fill:url(http://e.example/x)"', 'url(', 'url("', "url('", '\\75 rl(', '<style>@import "x";</style>', '@import', 'expression(',
  '@keyframes', '/*', '*/', '<g>'.repeat(70), '</g>', '<g>', '&#x6A;', '&#0;', '&amp;', '&undefined;', '<![CDATA[', ']]>', '<!--', '-->',
  '<?xml-stylesheet href="x"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>', '\u0000', '\ufeff', '\u2028', ' a="1"'.repeat(70),
  '<foreignObject/>', '<image href="data:image/png;base64,AAAA"/>', ' viewBox="0 0 1e400 1"', ' width="1e-400"', ' preserveAspectRatio="none"',
  '<set attributeName="onclick" to="x"/>', '<!DOCTYPE svg SYSTEM "https://e.example/x.dtd">', '<?xml version="1.0" encoding="UTF-7"?>',
  '<h:img xmlns:h="http://www.w3.org/1999/xhtml" srcset="x"/>', '<x:y xmlns:x="urn:x"/>', 'image-set("x")', '@document', 'u<!---->rl(', '<animate attributeName="href" values="a;javascript:b"/>', '<svg>', '</svg>', '<', '>', '"', "'", '=',
];

interface Edit { op: 'flip' | 'truncate' | 'splice' | 'delete' | 'repeat'; at: number; byte: number; snippet: string; length: number }

const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom<Edit['op']>('flip', 'truncate', 'splice', 'splice', 'delete', 'repeat'),
  at: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
  snippet: fc.constantFrom(...HOSTILE_SNIPPETS),
  length: fc.integer({ min: 1, max: 64 }),
});

function applyEdit(bytes: Buffer, { op, at, byte, snippet, length }: Edit): Buffer {
  const i = at % (bytes.length + 1);
  switch (op) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[i % copy.length] = byte;
      return copy;
    }
    case 'truncate': return bytes.subarray(0, i);
    case 'splice': return Buffer.concat([bytes.subarray(0, i), Buffer.from(snippet, 'utf8'), bytes.subarray(i)]);
    case 'delete': return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + length)]);
    default: return Buffer.concat([bytes.subarray(0, i), ...Array<Buffer>(length).fill(bytes.subarray(i, i + 64)), bytes.subarray(i)]);
  }
}

/** A corpus file with one to six edits: byte flips, truncation, hostile splices, deletions, repeats. */
const mutatedLogo = fc.tuple(fc.constantFrom(...CORPUS), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([{ bytes }, edits]) => edits.reduce(applyEdit, bytes));

const codesOf = (issues: readonly Issue[]) => [...new Set(issues.map((issue) => issue.code))].sort();
const errorCodes = (issues: Issue[]) => [...new Set(toFindings(issues).filter((f) => f.severity === 'error').map((f) => f.code))];

describe('the SVG pipeline on mutations of the corpus', () => {
  it('never throws, stays within the hang guard, reports known codes with a place, and the same every time', async () => {
    await checkProperty(fc.asyncProperty(mutatedLogo, async (bytes) => {
      const issues = await guarded('checking a logo', () => checkLogoBytes(bytes, { file: 'logo.svg' }));
      expect(checkLogoBytes(bytes, { file: 'logo.svg' })).toEqual(issues);
      for (const issue of issues) {
        expect(isCode(issue.code) && /^(SVG|LOGO)_/.test(issue.code), issue.code).toBe(true);
        expect(issue.file).toBe('logo.svg');
        if (!WITHOUT_POSITION.has(issue.code)) expect(issue.line! >= 1 && issue.column! >= 1, `${issue.code} at ${issue.line}:${issue.column}`).toBe(true);
      }
      for (const finding of toFindings(issues)) expect(finding.message).not.toMatch(/\bundefined\b(?! entity)|\[object Object\]|\bNaN\b/);
    }), 800);
  }, timeout(60_000));
});

/** "javascript:" as an attacker writes it: any case, with tabs, newlines and character references between the letters. */
const obfuscatedJavascript = fc.array(fc.tuple(fc.boolean(), fc.constantFrom('', '', '', '\t', '&#x09;', '&#10;', '&#x0A;', '\n')), { minLength: 11, maxLength: 11 })
  .map((choices) => [...'javascript:'].map((ch, i) => {
    const [upper, gap] = choices[i]!;
    return `${upper ? ch.toUpperCase() : ch}${gap}`;
  }).join(''))
  .chain((js) => fc.constantFrom(js, `&#32;${js}`, ` ${js}`, js.replace('j', '&#106;'), js.replace('s', '&#x73;')));

/** Content that makes a logo unsafe, and the code that must report it. */
const hostileContent: fc.Arbitrary<[string, Code]> = fc.oneof(
  fc.constantFrom<[string, Code]>(
    ['<script>alert(1)</script>', 'SVG_SCRIPT'],
    ['<script href="https://e.example/x.js"/>', 'SVG_SCRIPT'],
    ['<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>', 'SVG_SCRIPT'],
    ['<rect width="1" height="1" style="width:expression(alert(1))"/>', 'SVG_SCRIPT'],
    ['<rect width="1" height="1" onload="alert(1)"/>', 'SVG_EVENT_HANDLER'],
    ['<rect width="1" height="1" OnMouseOver="alert(1)"/>', 'SVG_EVENT_HANDLER'],
    ['<set attributeName="onclick" to="alert(1)"/>', 'SVG_EVENT_HANDLER'],
    ['<use href="https://e.example/x.svg#a"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<use xlink:href="//e.example/x.svg#a" xmlns:xlink="http://www.w3.org/1999/xlink"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<rect width="1" height="1" style="fill:url(https://e.example/x)"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<rect width="1" height="1" style="fill:\\75 rl( https://e.example/x )"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<rect width="1" height="1" fill="url(file:///etc/passwd)"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<style>rect { fill: url( "https://e.example/x" ) }</style>', 'SVG_EXTERNAL_REFERENCE'],
    ['<style>/* x */@import url(https://e.example/x.css);</style>', 'SVG_STYLE_IMPORT'],
    ['<g xml:base="https://e.example/"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<?xml-stylesheet href="https://e.example/x.css"?>', 'SVG_PROCESSING_INSTRUCTION'],
    ['<?xml-stylesheet title=\'href="#a"\' type="text/xsl" href="#a"?>', 'SVG_PROCESSING_INSTRUCTION'],
    ['<style>rect{fill:u<!-- c -->rl(https://e.example/x)}</style>', 'SVG_EXTERNAL_REFERENCE'],
    ['<style>rect{fill:u<![CDATA[rl(https://e.example/x)]]>}</style>', 'SVG_EXTERNAL_REFERENCE'],
    ['<style>rect{fill:u\\72l(https://e.example/x)}</style>', 'SVG_EXTERNAL_REFERENCE'],
    ['<rect width="1" height="1" style="fill:image-set(\'https://e.example/x\' 1x)"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<style>@document url-prefix(){rect{fill:red}}</style>', 'SVG_STYLE_AT_RULE'],
    ['<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="1.0"/>', 'SVG_FOREIGN_CONTENT'],
    ['<h:img xmlns:h="http://www.w3.org/1999/xhtml" srcset="https://e.example/x 1x"/>', 'SVG_FOREIGN_CONTENT'],
    ['<metadata><h:meta xmlns:h="http://www.w3.org/1999/xhtml" http-equiv="refresh" content="0;url=https://e.example/"/></metadata>', 'SVG_FOREIGN_CONTENT'],
    ['<set attributeName="l:href" to="https://e.example/" xmlns:l="http://www.w3.org/1999/xlink"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<set attributeName="fill" to="url(https://e.example/x#p)"/>', 'SVG_EXTERNAL_REFERENCE'],
    ['<a l:href="https://e.example/" xmlns:l="http://www.w3.org/1999/xlink"><rect width="1" height="1"/></a>', 'SVG_EXTERNAL_REFERENCE'],
    ['<image href="https://e.example/x.png" width="1" height="1"/>', 'SVG_IMAGE_ELEMENT'],
    ['<foreignObject width="1" height="1"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', 'SVG_FOREIGN_OBJECT'],
    ['<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://e.example/"/>', 'SVG_FOREIGN_CONTENT'],
    ['<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><rect width="1" height="1"/></a>', 'SVG_DATA_URI'],
    ['<animate attributeName="fill" from="red" to="blue" dur="1s"/>', 'SVG_ANIMATION'],
  ),
  obfuscatedJavascript.chain((js) => fc.constantFrom<[string, Code]>(
    [`<a href="${js}alert(1)"><rect width="1" height="1"/></a>`, 'SVG_JAVASCRIPT_URL'],
    [`<animate attributeName="href" values="#a;${js}alert(1)"/>`, 'SVG_JAVASCRIPT_URL'],
    [`<rect width="1" height="1" style="fill:url(${js}alert(1))"/>`, 'SVG_JAVASCRIPT_URL'],
  )),
);

/** Offsets just before an end tag: content spliced there stays well-formed. */
const endTagOffsets = (text: string) => [...text.matchAll(/<\//g)].map((m) => m.index);

describe('hostile content spliced into a good logo', () => {
  it('is always reported, at any depth (past the depth limit, as too deep)', async () => {
    const spliced = fc.tuple(fc.constantFrom(...GOOD), hostileContent, fc.nat(), fc.integer({ min: 0, max: 80 }));
    await checkProperty(fc.property(spliced, ([{ bytes }, [content, code], at, depth]) => {
      const text = bytes.toString('utf8');
      const offsets = endTagOffsets(text);
      const i = offsets[at % offsets.length]!;
      const logo = `${text.slice(0, i)}${'<g>'.repeat(depth)}${content}${'</g>'.repeat(depth)}${text.slice(i)}`;
      const codes = codesOf(checkLogoBytes(Buffer.from(logo, 'utf8')));
      expect(codes.includes(code) || codes.includes('SVG_XML_TOO_DEEP'), `${codes.join(', ')} for ${content} at depth ${depth}`).toBe(true);
    }), 500);
  }, timeout(60_000));

  it('an entity declaration anywhere is refused before anything expands', async () => {
    const value = fc.string({ unit: fc.constantFrom('a', '&#38;', 'x;', '%', '<', '>', ' ', '"'), maxLength: 20 }).map((v) => v.replace(/"/g, ''));
    await checkProperty(fc.property(fc.constantFrom(...GOOD), value, fc.nat(), ({ bytes }, entity, at) => {
      const text = bytes.toString('utf8');
      const i = at % (text.length + 1);
      const logo = `${text.slice(0, i)}<!ENTITY e "${entity}">${text.slice(i)}`;
      expect(codesOf(checkLogoBytes(Buffer.from(logo, 'utf8')))).toEqual(['SVG_XML_ENTITY_DECLARATION']);
    }), 200);
  }, timeout(60_000));
});

/** Harmless pieces a designer's file may hold, some of them odd enough to trip an optimizer. */
const BENIGN_SNIPPETS = [
  '<g/>', '<g></g>', '<rect width="1" height="1"/>', '<path d="M0 0L1e999 1"/>', '<path d="M0 0 L"/>', '<title>x</title>', '<desc>y</desc>',
  '<circle r="-1"/>', '<use href="#a"/>', '<defs><linearGradient id="z"><stop offset="0"/></linearGradient></defs>', '<!-- c -->', '<?pi x?>',
  '<style>.a{fill:red}</style>', '<style>@media (min-width:1px){.a{fill:blue}}</style>', '<rect width="1" height="1" style=":red"/>',
  '<rect width="1" height="1" style="fill:#fff;;;"/>', '<rect width="1" height="1" transform="matrix(1,2,3,4,5)"/>',
  '<rect width="1" height="1" transform="rotate()"/>', '<rect width="1" height="1" class="a b"/>', '<mask id="m"/>',
  '<text x="1" y="1">Contoso</text>', '<g transform="scale(1e308)"><rect width="1" height="1"/></g>',
];

describe('the bundle\'s svgo step on clean logos', () => {
  it('never throws, and its output passes the checks again', async () => {
    const spliced = fc.tuple(fc.constantFrom(...GOOD), fc.array(fc.tuple(fc.constantFrom(...BENIGN_SNIPPETS), fc.nat()), { minLength: 1, maxLength: 4 }));
    await checkProperty(fc.asyncProperty(spliced, async ([{ bytes }, pieces]) => {
      let text = bytes.toString('utf8').replace(/^\ufeff/, '');
      for (const [piece, at] of pieces) {
        const offsets = endTagOffsets(text);
        const i = offsets[at % offsets.length]!;
        text = `${text.slice(0, i)}${piece}${text.slice(i)}`;
      }
      fc.pre(errorCodes(checkLogoBytes(Buffer.from(text, 'utf8'))).length === 0);
      const optimized = await guarded('optimizing a logo', () => optimizeLogo(text), 10_000);
      if (!('data' in optimized)) throw new Error(`svgo gave no logo: ${JSON.stringify(optimized.issue)}`);
      expect(errorCodes(checkLogoBytes(Buffer.from(optimized.data, 'utf8'))), optimized.data).toEqual([]);
      // Each case starts a worker that loads svgo (a few hundred ms): fewer cases than the in-process properties.
    }), 24, 20);
  }, timeout(60_000));
});
