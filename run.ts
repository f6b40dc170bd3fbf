import { readFileSync } from 'node:fs';
import { checkLogoBytes } from '/work/main/src/checks/logo/index.ts';
console.log(checkLogoBytes(readFileSync(process.argv[2]!), {file: 'a.svg'}));
