// npm run new: makes a publication, project, page or dataset from flags or prompts (see scripts/lib/new-cli.ts).
import readline from 'node:readline';
import { newCli } from './lib/new-cli.ts';

const prompt = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
// The line iterator buffers answers, so piped input (answers typed ahead) is not lost between questions.
const lines = prompt[Symbol.asyncIterator]();
try {
  process.exitCode = await newCli({
    argv: process.argv.slice(2),
    env: process.env,
    root: process.cwd(),
    print: (text) => console.log(text),
    ask: async (question) => {
      process.stdout.write(question);
      const next = await lines.next();
      return next.done ? '' : next.value;
    },
  });
} finally {
  prompt.close();
}
