// The `vitrina` command (bin/vitrina.mjs runs this file, or lib/vitrina.mjs bundled from it):
// vitrina init <folder> | check | new | --version | --help. See scripts/lib/vitrina-cli.ts.
import { readPackageFacts } from './lib/package-facts';
import { openTerminal } from './lib/terminal';
import { vitrinaCli } from './lib/vitrina-cli';

const terminal = openTerminal();
try {
  process.exitCode = await vitrinaCli({
    argv: process.argv.slice(2),
    env: process.env,
    root: process.cwd(),
    print: (text) => console.log(text),
    ask: terminal.ask,
    interactive: Boolean(process.stdin.isTTY),
    vitrina: readPackageFacts(import.meta.url),
  });
} finally {
  terminal.close();
}
