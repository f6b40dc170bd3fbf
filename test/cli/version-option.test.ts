import { describe, expect, it } from 'vitest';
import { toolVersion } from '../../src/version.js';
import { cliInProcess } from './helpers.js';

const cli = (argv: string[]) => cliInProcess(argv);

const names = ['--company', 'Contoso', '--product', 'Contoso Cognito'];

describe('--version after a command', () => {
  it.each([
    [['ua', 'derive', ...names, '--version', '1.0.0'], /"ua derive" has no --version option: .*--product-version 1\.0\.0/],
    [['ua', 'derive', ...names, '-V', '1.0.0'], /"ua derive" has no -V option: .*--product-version/],
    [['ua', 'derive', ...names, '--version=1.0.0'], /"ua derive" has no --version option/],
    [['ua', 'check', 'MdePartner-Contoso-ContosoCognito/1.0.0', ...names, '--version', '1.0.0'], /"ua check" has no --version option: .*--product-version/],
    [['init', 'somewhere', '--version', '3.5', '--yes'], /"init" has no --version option: .*--product-version/],
    [['validate', 'examples/valid', '--version'], /"validate" has no --version option\. For the version of mde-partner run "mde-partner --version"/],
  ])('%j is refused with exit 2 and the option that was meant', async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stdout + result.stderr).not.toContain(toolVersion + '\n');
    expect(result.stderr).toMatch(message);
  });

  it.each([[['--version']], [['-V']]])('%j before any command prints the version of mde-partner', async (argv) => {
    expect(await cli(argv)).toEqual({ code: 0, stdout: `${toolVersion}\n`, stderr: '' });
  });

  it('means the product version where it is spelled --product-version', async () => {
    const result = await cli(['ua', 'derive', ...names, '--product-version', '1.0.0']);
    expect(result).toMatchObject({ code: 0, stdout: 'MdePartner-Contoso-ContosoCognito/1.0.0\n' });
  });
});
