import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDescription, countDescriptionWords } from '../../src/checks/description.js';
import { checkLandingPage } from '../../src/checks/landing-page.js';
import { checkUserAgent, deriveUserAgent, deriveUserAgentToken, isValidUserAgent } from '../../src/checks/user-agent.js';
import { loadCodeMessages } from '../../src/messages/codes.js';
import { toFindingsNow as toFindings } from '../../src/report/findings.js';

await loadCodeMessages('en');
import { anyText, displayName, token, version } from './arbitraries.js';
import { checkProperty, timeout } from './fuzz.js';

const errorsOf = (issues: Parameters<typeof toFindings>[0]) => toFindings(issues).filter((f) => f.severity === 'error');

describe('User-Agent: derive and check', () => {
  it('a derived User-Agent always passes the check, and is a safe header value', async () => {
    await checkProperty(fc.property(displayName, displayName, version, (companyName, productName, productVersion) => {
      const derived = deriveUserAgent({ companyName, productName, productVersion });
      expect(deriveUserAgent({ companyName, productName, productVersion })).toEqual(derived);
      if (derived.userAgent === undefined) {
        expect(derived.issues.length).toBeGreaterThan(0);
        for (const issue of derived.issues) expect(['USER_AGENT_UNDERIVABLE', 'PRODUCT_VERSION_INVALID']).toContain(issue.code);
        return;
      }
      expect(derived.issues).toEqual([]);
      expect(checkUserAgent(derived.userAgent)).toEqual([]);
      expect(checkUserAgent(derived.userAgent, derived.userAgent)).toEqual([]);
      expect(isValidUserAgent(derived.userAgent)).toBe(true);
      expect(derived.userAgent).toMatch(/^MdePartner-[A-Za-z0-9]+-[A-Za-z0-9]+\/[\x21-\x7e]+$/);
    }), 600);
  }, timeout(30_000));

  it('a derived token is ASCII letters and digits, and deriving it again gives itself', async () => {
    await checkProperty(fc.property(displayName, (name) => {
      const part = deriveUserAgentToken(name);
      if (part === undefined) return;
      expect(part).toMatch(/^[A-Z0-9][A-Za-z0-9]*$/);
      expect(part).toMatch(/[A-Za-z]/);
      expect(deriveUserAgentToken(part)).toBe(part);
    }), 300);
  }, timeout(30_000));

  it('a value without error findings is in the required form and cannot inject a header', async () => {
    const shaped = fc.tuple(fc.constantFrom('MdePartner-', 'MdatpPartner-', 'mdepartner-', 'MDATPPARTNER-', ''), fc.oneof(token(), anyText(10)), fc.oneof(token(), anyText(10)), fc.oneof(token(), anyText(10)))
      .map(([prefix, company, product, v]) => `${prefix}${company}-${product}/${v}`);
    await checkProperty(fc.property(fc.oneof(shaped, anyText(60)), fc.option(fc.oneof(shaped, anyText(60)), { nil: undefined }), (value, expected) => {
      const issues = checkUserAgent(value, expected);
      expect(checkUserAgent(value, expected)).toEqual(issues);
      expect(issues.length).toBeLessThanOrEqual(1);
      for (const issue of issues) expect(issue.code).toMatch(/^USER_AGENT_/);
      if (/[\r\n\0]/.test(value)) expect(issues.map((i) => i.code)).toEqual(['USER_AGENT_FORBIDDEN_CHARACTERS']);
      if (errorsOf(issues).length === 0) {
        expect(value).toMatch(/^[\x21-\x7e]+$/);
        expect(isValidUserAgent(value)).toBe(true);
      }
    }), 600);
  }, timeout(30_000));

  it('the legacy prefix is an error whose hint is the corrected value', async () => {
    await checkProperty(fc.property(displayName, displayName, version, fc.constantFrom('MdatpPartner-', 'mdatppartner-', 'MDATPPARTNER-'), (companyName, productName, productVersion, legacy) => {
      const { userAgent } = deriveUserAgent({ companyName, productName, productVersion });
      if (userAgent === undefined) return;
      const old = `${legacy}${userAgent.slice('MdePartner-'.length)}`;
      const issues = checkUserAgent(old);
      expect(issues.map((i) => i.code)).toEqual(['USER_AGENT_LEGACY_PREFIX']);
      expect(issues[0]!.args?.suggestion).toBe(userAgent);
    }), 200);
  }, timeout(30_000));
});

/** Words of scripts written with spaces, with inner punctuation as in "AI-driven", "24/7", "don't". */
const spacedWord = fc.tuple(
  fc.constantFrom('latin', 'cyrillic', 'greek', 'arabic', 'hangul', 'digits', 'devanagari'),
  fc.integer({ min: 1, max: 8 }),
  fc.constantFrom('', '-', '/', "'", '.'),
  fc.integer({ min: 0, max: 4 }),
).map(([script, length, joint, tail]) => {
  const alphabets: Record<string, string> = {
    latin: 'abcdefghijklmnopqrstuvwxyzÉéüß', cyrillic: 'абвгдежзийклмнопрстуфхцчшщыэюя', greek: 'αβγδεζηθικλμνξοπρστυφχψω',
    arabic: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي', hangul: '가나다라마바사아자차카타파하', digits: '0123456789', devanagari: 'कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह',
  };
  const letters = [...alphabets[script]!];
  const pick = (n: number, seed: number) => Array.from({ length: n }, (_, i) => letters[(seed * 31 + i * 7) % letters.length]).join('');
  return tail > 0 && joint ? `${pick(length, length)}${joint}${pick(tail, tail + 3)}` : pick(length, length);
});
const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000'), minLength: 1, maxLength: 3 });
/** Pieces with no letter or digit: they are not words. */
const nonWord = fc.constantFrom('—', '-', '&', '…', '/', '·', '🙂', '|', '–', '"');

describe('description word count', () => {
  it('is a non-negative integer, at most the number of letters and digits, and the same every time', async () => {
    await checkProperty(fc.property(anyText(80), (text) => {
      const count = countDescriptionWords(text);
      expect(Number.isInteger(count) && count >= 0).toBe(true);
      expect(count).toBeLessThanOrEqual(text.match(/[\p{L}\p{N}]/gu)?.length ?? 0);
      expect(countDescriptionWords(text)).toBe(count);
    }), 400);
  }, timeout(30_000));

  it('joining two descriptions with a space adds their counts', async () => {
    const text = fc.oneof(anyText(40), fc.array(spacedWord, { maxLength: 10 }).map((words) => words.join(' ')));
    await checkProperty(fc.property(text, text, (a, b) => {
      expect(countDescriptionWords(`${a} ${b}`)).toBe(countDescriptionWords(a) + countDescriptionWords(b));
    }), 400);
  }, timeout(30_000));

  it('counts n words of a space-separated script as n, whatever white space and lone punctuation stand between them', async () => {
    const piece = fc.tuple(spacedWord, whitespace, fc.option(fc.tuple(nonWord, whitespace), { nil: undefined }));
    await checkProperty(fc.property(fc.array(piece, { maxLength: 25 }), whitespace, (pieces, lead) => {
      const text = lead + pieces.map(([word, gap, extra]) => `${word}${gap}${extra ? extra.join('') : ''}`).join('');
      expect(countDescriptionWords(text)).toBe(pieces.length);
    }), 300);
  }, timeout(30_000));

  it('reports too long / too short / control characters exactly when they apply', async () => {
    await checkProperty(fc.property(fc.oneof(anyText(60), fc.array(spacedWord, { maxLength: 25 }).map((w) => w.join(' '))), (text) => {
      const count = countDescriptionWords(text);
      const codes = checkDescription(text).map((i) => i.code);
      expect(codes.includes('DESCRIPTION_TOO_LONG')).toBe(count > 15);
      expect(codes.includes('DESCRIPTION_TOO_SHORT')).toBe(count < 15);
      expect(codes.includes('DESCRIPTION_CONTROL_CHARACTER')).toBe(/[\u0000-\u001f\u007f-\u009f]/.test(text));
    }), 300);
  }, timeout(30_000));
});

const RESERVED = ['localhost', 'local', 'test', 'invalid', 'example', 'internal', 'arpa', 'corp', 'home'];
const publicDomain = fc.domain().filter((d) => !RESERVED.includes(d.split('.').at(-1)!));
const urlPath = fc.webPath();

/** A private or loopback IPv4 address, written in one of the forms URL parsers accept or carried in an IPv6 address. */
const nonPublicHost = fc.tuple(
  fc.constantFrom<[number, number]>([0x0a000000, 8], [0x7f000000, 8], [0xc0a80000, 16], [0xa9fe0000, 16], [0xac100000, 12], [0x64400000, 10], [0, 8]),
  fc.nat(),
  fc.constantFrom('dotted', 'decimal', 'hex', 'octal', 'mapped', 'fullwidth', 'compatible', 'siit', 'nat64', '6to4', 'teredo'),
).map(([[base, prefix], random, form]) => {
  const address = (base | (random & (2 ** (32 - prefix) - 1))) >>> 0;
  const bytes = [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255];
  switch (form) {
    case 'decimal': return String(address);
    case 'hex': return `0x${address.toString(16)}`;
    case 'octal': return bytes.map((b) => `0${b.toString(8)}`).join('.');
    case 'mapped': return `[::ffff:${bytes.join('.')}]`;
    case 'compatible': return `[::${bytes.join('.')}]`;
    case 'siit': return `[::ffff:0:${bytes.join('.')}]`;
    case 'nat64': return `[64:ff9b::${bytes.join('.')}]`;
    case '6to4': return `[2002:${(address >>> 16).toString(16)}:${(address & 0xffff).toString(16)}::1]`;
    case 'teredo': return `[2001:0:4136:e378:8000:63bf:${((address >>> 16) ^ 0xffff).toString(16)}:${((address & 0xffff) ^ 0xffff).toString(16)}]`;
    case 'fullwidth': return bytes.join('.').replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    default: return bytes.join('.');
  }
});

describe('landing page', () => {
  it('never throws, reports only landing-page codes, and the same every time', async () => {
    const mutatedUrl = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:', '//', 'javascript:', 'file:///', ''), fc.oneof(publicDomain, anyText(20)), fc.oneof(urlPath, anyText(20)))
      .map(([scheme, host, path]) => `${scheme}${host}${path}`);
    await checkProperty(fc.property(fc.oneof(anyText(80), mutatedUrl, fc.webUrl({ withQueryParameters: true, withFragments: true })), (value) => {
      const issues = checkLandingPage(value);
      expect(checkLandingPage(value)).toEqual(issues);
      for (const issue of issues) {
        expect(issue.code).toMatch(/^LANDING_PAGE_/);
        expect(issue.field).toBe('/landingPage');
      }
      expect(() => toFindings(issues)).not.toThrow();
    }), 500);
  }, timeout(30_000));

  it('accepts https on a public name, and the https suggestion for http passes', async () => {
    await checkProperty(fc.property(publicDomain, urlPath, (domain, path) => {
      expect(checkLandingPage(`https://${domain}${path}`)).toEqual([]);
      const http = checkLandingPage(`http://${domain}${path}`);
      expect(http.map((i) => i.code)).toEqual(['LANDING_PAGE_NOT_HTTPS']);
      expect(checkLandingPage(String(http[0]!.args?.suggestion))).toEqual([]);
    }), 200);
  }, timeout(30_000));

  it('reports credentials, and the suggestion without them passes', async () => {
    await checkProperty(fc.property(publicDomain, token(8), fc.option(token(8), { nil: undefined }), urlPath, (domain, user, password, path) => {
      const issues = checkLandingPage(`https://${encodeURIComponent(user)}${password ? `:${encodeURIComponent(password)}` : ''}@${domain}${path}`);
      expect(issues.map((i) => i.code)).toEqual(['LANDING_PAGE_CREDENTIALS']);
      expect(checkLandingPage(String(issues[0]!.args?.suggestion))).toEqual([]);
    }), 150);
  }, timeout(30_000));

  it('refuses private, loopback and link-local addresses in every written form', async () => {
    await checkProperty(fc.property(nonPublicHost, urlPath, (host, path) => {
      expect(checkLandingPage(`https://${host}${path}`).map((i) => i.code)).toContain('LANDING_PAGE_NOT_PUBLIC');
    }), 200);
  }, timeout(30_000));
});
