// npm run check [-- --lang bg]: validates content/ and data/ without building (see scripts/lib/check-cli.ts).
import { checkCli } from './lib/check-cli.ts';

process.exitCode = checkCli({ argv: process.argv.slice(2), env: process.env, root: process.cwd(), print: (text) => console.log(text) });
