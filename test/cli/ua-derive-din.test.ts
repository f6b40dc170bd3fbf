import { describe, expect, it } from 'vitest';
import { cliInProcess } from './helpers.js';

describe('ua derive: German names', () => {
  it.each([
    [['Müller Sicherheit', 'Wächter'], 'MdePartner-MullerSicherheit-Wachter/2.1\n', 'DIN 5007-2: MdePartner-MuellerSicherheit-Waechter/2.1\n'],
    [['Contoso', 'Straßenwacht'], 'MdePartner-Contoso-Strassenwacht/2.1\n', ''],
  ])('%j: the plain value alone on stdout, the DIN 5007-2 spelling on stderr', async ([company, product], stdout, stderr) => {
    const result = await cliInProcess(['ua', 'derive', '--company', company!, '--product', product!, '--product-version', '2.1']);
    expect(result).toMatchObject({ code: 0, stdout, stderr });
  });

  it('--format json has both', async () => {
    const result = await cliInProcess(['ua', 'derive', '--company', 'Müller', '--product', 'Wächter', '--product-version', '2.1', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ userAgent: 'MdePartner-Muller-Wachter/2.1', dinUserAgent: 'MdePartner-Mueller-Waechter/2.1' });
  });

  it('ua check takes either spelling as derived', async () => {
    for (const value of ['MdePartner-Muller-Wachter/2.1', 'MdePartner-Mueller-Waechter/2.1']) {
      const result = await cliInProcess(['ua', 'check', value, '--company', 'Müller', '--product', 'Wächter', '--product-version', '2.1', '--strict']);
      expect(result.code, result.stdout).toBe(0);
    }
  });
});
