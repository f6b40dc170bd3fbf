import { describe, it, expect } from 'vitest';
import { performance } from 'node:perf_hooks';
import { scanCss, type CssFinding } from '../../src/checks/logo/css.js';
import { checkGeometry, isSquare, type RootAttributes } from '../../src/checks/logo/geometry.js';
import { policy } from '../../src/domain/requirements.js';
import { loadCodeMessages } from '../../src/messages/codes.js';

/** The English words of the codes (the tests read what English says). */
const { codes: words } = await loadCodeMessages('en');

const AT = { file: 'logo.svg', line: 1, column: 1 };
const SQUARE_VIEWBOX = '0 0 100 100';

const geometry = (root: RootAttributes) => checkGeometry(root, AT);
const codes = (root: RootAttributes) => geometry(root).map((issue) => issue.code).sort();
/** What scanCss finds, without offsets: kind, and the URL for references. */
const found = (css: string) => scanCss(css).map(({ kind, value }: CssFinding) => (value === undefined ? kind : `${kind} ${value}`));

describe('scanCss: what it finds', () => {
  it.each([
    ['', []],
    ['fill: #0078d4; stroke: none', []],
    ['fill:url(#a)', ['reference #a']],
    ['fill: url( "#a" )', ['reference #a']],
    ["fill: url('gradient.svg#a')", ['reference gradient.svg#a']],
    ['fill: URL(https://example.com/x)', ['reference https://example.com/x']],
    ['fill: url (#spaced)', ['reference #spaced']],
    ['fill: url()', ['reference ']],
    ['fill: url("a)b")', ['reference a)b']],
    ['fill: url(https://example.com/unclosed', ['reference https://example.com/unclosed']],
    ['fill: url("https://example.com/unclosed-quote', ['reference https://example.com/unclosed-quote']],
    ['src: url(brand.woff2) format("woff2")', ['reference brand.woff2']],
    ['background: src(x.png)', ['reference x.png']],
    // Escapes are resolved before matching: \75 is "u", \72 is "r", a backslash before a letter is that letter.
    ['fill: \\75 rl(https://example.com/a)', ['reference https://example.com/a']],
    ['fill: u\\72 l(https://example.com/b)', ['reference https://example.com/b']],
    ['fill: \\000075rl(https://example.com/c)', ['reference https://example.com/c']],
    ['fill: u\\rl(https://example.com/d)', ['reference https://example.com/d']],
    ['fill: url(\\68 ttps://example.com/e)', ['reference https://example.com/e']],
    // Comments hide nothing and show nothing.
    ['/* fill: url(https://example.com/hidden) */ fill: red', []],
    // Inside an unquoted url( a comment is text (CSS Syntax §4.3.6): one bad url token, still a reference.
    ['fill: url( /* note */ "https://example.com/f")', ['reference /* note */ "https://example.com/f"']],
    ['fill: u/**/rl(https://example.com/split)', []],
    ['fill: red /* unclosed comment url(https://example.com/g)', []],
    ['@import "theme.css";', ['import']],
    ['@IMPORT url(theme.css) screen;', ['import', 'reference theme.css']],
    ['@\\69 mport "theme.css";', ['import']],
    ['width: expression(alert(1))', ['expression']],
    ['width: EXPRESSION (alert(1))', ['expression']],
    ['@keyframes spin { to { transform: rotate(1turn) } }', ['animation']],
    ['@-webkit-keyframes spin {}', ['animation']],
    ['animation: spin 1s infinite', ['animation']],
    ['rect{animation-name:spin}', ['animation']],
    ['fill:red;-webkit-animation: spin 1s', ['animation']],
    ['transition: fill 1s; animation-duration: 1s', []],
    ['fill: url(#a); stroke: url(#b)', ['reference #a', 'reference #b']],
  ] as const)('%j', (css, expected) => {
    expect(found(css)).toEqual(expected);
  });

  it('gives offsets into the original text, escapes and comments included', () => {
    expect(scanCss('a:url(x)').map((f) => f.offset)).toEqual([2]);
    expect(scanCss('/*c*/url(x)').map((f) => f.offset)).toEqual([5]);
    expect(scanCss('\\75 rl(x) u\\72 l(y)').map((f) => f.offset)).toEqual([0, 10]);
    expect(scanCss('\n  @import "x";').map((f) => f.offset)).toEqual([3]);
  });

  it('shows at most 2048 characters of a URL', () => {
    const [finding] = scanCss(`url(data:image/png;base64,${'A'.repeat(100_000)})`);
    expect(finding!.value).toHaveLength(2048);
  });

  it('stays linear on a megabyte of openers without closers', () => {
    for (const css of ['url('.repeat(262_144), 'url("'.repeat(209_715), '/*'.repeat(524_288), '\\'.repeat(1_048_576), '@import '.repeat(131_072)]) {
      const start = performance.now();
      scanCss(css);
      expect(performance.now() - start).toBeLessThan(2000);
    }
  });
});

describe('checkGeometry: absolute units', () => {
  // Each value is 96 px (one inch) in its unit; height 96 makes a square exactly when the conversion is right.
  it.each([
    ['96', 96], ['96px', 96], ['96PX', 96], ['72pt', 96], ['6pc', 96], ['1in', 96], ['2.54cm', 96], ['25.4mm', 96], ['101.6Q', 96],
    ['.5in', 48], ['1e2', 100], ['1E1mm', 37.795], ['+12pt', 16], [' 96px ', 96],
  ] as const)('%j is %d px', (value, px) => {
    const issues = geometry({ viewBox: SQUARE_VIEWBOX, width: value, height: '1' });
    expect(issues).toEqual([expect.objectContaining({ code: 'SVG_DIMENSIONS_NOT_SQUARE', args: expect.objectContaining({ widthPx: String(px), heightPx: '1' }) })]);
    if (Math.abs(px - 96) < 0.001) expect(codes({ viewBox: SQUARE_VIEWBOX, width: value, height: '96px' })).toEqual([]);
  });

  it.each([
    ['50mm', '5cm'], ['1in', '72pt'], ['6pc', '96px'], ['100Q', '25mm'], ['512', '512px'],
  ] as const)('%s × %s is square', (width, height) => {
    expect(codes({ viewBox: SQUARE_VIEWBOX, width, height })).toEqual([]);
  });

  it.each([
    ['50mm', '40mm'], ['1in', '100px'], ['100pt', '100px'], ['10cm', '10in'],
  ] as const)('%s × %s is not square', (width, height) => {
    expect(codes({ viewBox: SQUARE_VIEWBOX, width, height })).toEqual(['SVG_DIMENSIONS_NOT_SQUARE']);
  });

  it('says the sizes in px', () => {
    expect(geometry({ viewBox: SQUARE_VIEWBOX, width: '50mm', height: '40mm' })[0]!.args).toEqual({
      width: '"50mm"', height: '"40mm"', widthPx: '188.976', heightPx: '151.181',
    });
  });

  it('no width and height, or auto, is fine with a square viewBox', () => {
    expect(codes({ viewBox: SQUARE_VIEWBOX })).toEqual([]);
    expect(codes({ viewBox: SQUARE_VIEWBOX, width: 'auto', height: ' ' })).toEqual([]);
    expect(codes({ viewBox: SQUARE_VIEWBOX, width: '200' })).toEqual([]);
  });
});

describe('checkGeometry: relative and invalid lengths', () => {
  it.each(['100%', '4em', '4EM', '2ex', '3rem', '10ch', '50vw', '50vh', '10vmin', '10vmax', '2lh'])('%j is relative', (value) => {
    expect(codes({ viewBox: SQUARE_VIEWBOX, width: value, height: '100' })).toEqual(['SVG_SIZE_RELATIVE_UNIT']);
  });

  it('relative units are not compared: they cannot be resolved', () => {
    expect(codes({ viewBox: SQUARE_VIEWBOX, width: '100%', height: '50%' })).toEqual(['SVG_SIZE_RELATIVE_UNIT', 'SVG_SIZE_RELATIVE_UNIT']);
  });

  it.each(['big', '-100', '0', '0px', '100 px', '100furlong', 'px', '10px10', '1e400', '1,5', '--1', '1.2.3', '0x64', 'NaN', 'Infinity', 'calc(100px)'])(
    '%j is invalid',
    (value) => {
      const issues = geometry({ viewBox: SQUARE_VIEWBOX, width: value, height: '100' });
      expect(issues.map((issue) => issue.code)).toEqual(['SVG_DIMENSIONS_INVALID']);
      expect(issues[0]!.args).toMatchObject({ name: 'width' });
    },
  );
});

describe('checkGeometry: viewBox', () => {
  it.each([
    '0 0 100 100', '0,0,100,100', '0, 0, 100, 100', '0 ,0 ,100 ,100', '  0\t0\n100 100  ', '-50 -50 100 100', '0 0 1e2 100', '0 0 .5 0.5', '+0 +0 +10 +10',
  ])('%j is a square viewBox', (viewBox) => {
    expect(codes({ viewBox })).toEqual([]);
  });

  it.each([
    ['', 'expected 4 numbers, found 0'],
    ['   ', 'expected 4 numbers, found 0'],
    ['0 0 100', 'expected 4 numbers, found 3'],
    ['0 0 100 100 5', 'expected 4 numbers, found 5'],
    ['0,,0,100,100', 'numbers are separated by white space or a single comma'],
    [',0 0 100 100', 'numbers are separated by white space or a single comma'],
    ['0 0 100 100,', 'numbers are separated by white space or a single comma'],
    ['a b c d', 'it contains something that is not a number'],
    ['0 0 100px 100px', 'it contains something that is not a number'],
    ['0 0 0x64 0x64', 'it contains something that is not a number'],
    ['0 0 Infinity Infinity', 'it contains something that is not a number'],
    ['0 0 1e400 1e400', 'it contains something that is not a number'],
    ['0 0 0 0', 'width and height must be positive'],
    ['0 0 100 0', 'width and height must be positive'],
    ['0 0 -100 -100', 'width and height must be positive'],
  ])('%j is invalid: %s', (viewBox, reason) => {
    const issues = geometry({ viewBox });
    expect(issues.map((issue) => issue.code)).toEqual(['SVG_VIEWBOX_INVALID']);
    expect(words.SVG_VIEWBOX_INVALID.message(issues[0]!.args!)).toBe(`viewBox ${JSON.stringify(viewBox)} is invalid: ${reason}.`);
  });

  it('a missing viewBox suggests a square one from width and height, the drawing centred', () => {
    expect(geometry({ width: '100', height: '100' })).toEqual([{ code: 'SVG_VIEWBOX_MISSING', ...AT, args: { suggestion: '0 0 100 100' } }]);
    expect(geometry({ width: '10mm', height: '10mm' })[0]!.args).toEqual({ suggestion: '0 0 37.795 37.795' });
    expect(geometry({ width: '640', height: '240' }).map((i) => i.args)).toEqual([
      { width: '"640"', height: '"240"', widthPx: '640', heightPx: '240' },
      { suggestion: '0 -200 640 640', drawingWidth: '640', drawingHeight: '240' },
    ]);
    const tall = geometry({ width: '30', height: '60' }).at(-1)!;
    expect(tall.args).toEqual({ suggestion: '-15 0 60 60', drawingWidth: '30', drawingHeight: '60' });
    expect(words.SVG_VIEWBOX_MISSING.hint!(tall.args!)).toBe('Add viewBox="-15 0 60 60" to <svg>: a square with the 30 × 60 drawing in its middle.');
    expect(geometry({})[0]!.args).toEqual({ suggestion: undefined });
    expect(codes({ width: '100%', height: '100%' })).toEqual(['SVG_SIZE_RELATIVE_UNIT', 'SVG_SIZE_RELATIVE_UNIT', 'SVG_VIEWBOX_MISSING']);
  });

  it('a viewBox that is not square suggests a square one centred on it', () => {
    expect(geometry({ viewBox: '0 0 200 100' })).toEqual([
      { code: 'SVG_VIEWBOX_NOT_SQUARE', ...AT, args: { width: '200', height: '100', suggestion: '0 -50 200 200' } },
    ]);
    expect(geometry({ viewBox: '10 10 30 60' })[0]!.args).toMatchObject({ suggestion: '-5 10 60 60' });
  });

  it('every finding is placed on the root tag', () => {
    const at = { file: 'x.svg', line: 7, column: 3 };
    for (const issue of checkGeometry({ viewBox: '0 0 2 1', width: '2', height: '1', preserveAspectRatio: 'none' }, at)) {
      expect(issue).toMatchObject(at);
    }
  });
});

describe('checkGeometry: preserveAspectRatio', () => {
  it.each([
    [{ width: '200', height: '100', viewBox: SQUARE_VIEWBOX, preserveAspectRatio: 'none' }, ['SVG_DIMENSIONS_NOT_SQUARE', 'SVG_STRETCHED']],
    [{ width: '100', height: '100', viewBox: '0 0 300 100', preserveAspectRatio: 'none' }, ['SVG_STRETCHED', 'SVG_VIEWBOX_NOT_SQUARE']],
    [{ width: '100', height: '100', viewBox: '0 0 300 100', preserveAspectRatio: ' none ' }, ['SVG_STRETCHED', 'SVG_VIEWBOX_NOT_SQUARE']],
    // Same ratio on both sides: "none" distorts nothing.
    [{ width: '100', height: '100', viewBox: SQUARE_VIEWBOX, preserveAspectRatio: 'none' }, []],
    [{ width: '200', height: '100', viewBox: '0 0 20 10', preserveAspectRatio: 'none' }, ['SVG_DIMENSIONS_NOT_SQUARE', 'SVG_VIEWBOX_NOT_SQUARE']],
    // Without both sizes the other side follows the viewBox: nothing to stretch.
    [{ width: '200', viewBox: SQUARE_VIEWBOX, preserveAspectRatio: 'none' }, []],
    [{ width: '100%', height: '50%', viewBox: SQUARE_VIEWBOX, preserveAspectRatio: 'none' }, ['SVG_SIZE_RELATIVE_UNIT', 'SVG_SIZE_RELATIVE_UNIT']],
    // Other values keep the aspect ratio.
    [{ width: '200', height: '100', viewBox: SQUARE_VIEWBOX, preserveAspectRatio: 'xMidYMid meet' }, ['SVG_DIMENSIONS_NOT_SQUARE']],
    [{ width: '200', height: '100', viewBox: SQUARE_VIEWBOX, preserveAspectRatio: 'xMinYMin slice' }, ['SVG_DIMENSIONS_NOT_SQUARE']],
  ] as const)('%j', (root, expected) => {
    expect(codes(root)).toEqual(expected);
  });

  it('says how it stretches', () => {
    const stretched = geometry({ width: '2in', height: '1in', viewBox: SQUARE_VIEWBOX, preserveAspectRatio: 'none' }).find((issue) => issue.code === 'SVG_STRETCHED');
    expect(stretched?.args).toEqual({ viewBoxWidth: '100', viewBoxHeight: '100', width: '192', height: '96' });
    expect(words.SVG_STRETCHED.message(stretched!.args!)).toBe('preserveAspectRatio="none" stretches a 100 × 100 viewBox to 192 × 96 px.');
  });
});

describe('the square tolerance', () => {
  const tolerance = policy.logo.squareTolerance;

  it('is one part in a thousand', () => {
    expect(tolerance).toBe(0.001);
  });

  it.each([
    [1000, 1000, true], [1000, 1001, true], [1001, 1000, true], [1000, 1002, false], [100, 99.9, true], [100, 99.8, false], [1, 1.0005, true],
  ] as const)('isSquare(%d, %d) is %s', (a, b, square) => {
    expect(isSquare(a, b)).toBe(square);
  });

  it.each([
    ['0 0 1000 1001', []], ['0 0 1000 1002', ['SVG_VIEWBOX_NOT_SQUARE']], ['0 0 100 99.95', []], ['0 0 100 99.8', ['SVG_VIEWBOX_NOT_SQUARE']],
  ] as const)('viewBox %j', (viewBox, expected) => {
    expect(codes({ viewBox })).toEqual(expected);
  });

  it.each([
    ['1000', '1001', []], ['1000', '1002', ['SVG_DIMENSIONS_NOT_SQUARE']], ['96', '72.05pt', []], ['96', '72.2pt', ['SVG_DIMENSIONS_NOT_SQUARE']],
  ] as const)('width %j height %j', (width, height, expected) => {
    expect(codes({ viewBox: SQUARE_VIEWBOX, width, height })).toEqual(expected);
  });
});
