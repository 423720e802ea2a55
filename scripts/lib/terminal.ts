import readline from 'node:readline';

/** Questions on the process's own terminal (or piped input), for the commands' `ask`. */
export interface Terminal {
  /** Prints the question and returns the next line typed (or piped); '' when the input has ended. */
  ask: (question: string) => Promise<string>;
  /** Releases standard input, so the process can exit. */
  close: () => void;
}

/**
 * Opens standard input for questions only when the first one is asked, so a command that asks
 * nothing (check, --version) leaves the input alone.
 */
export function openTerminal(input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stdout): Terminal {
  let prompt: readline.Interface | undefined;
  let lines: AsyncIterator<string> | undefined;
  return {
    ask: async (question) => {
      if (!prompt || !lines) {
        prompt = readline.createInterface({ input, output, terminal: input.isTTY });
        // The line iterator buffers answers, so piped input (answers typed ahead) is not lost between questions.
        lines = prompt[Symbol.asyncIterator]();
      }
      output.write(question);
      const next = await lines.next();
      return next.done ? '' : next.value;
    },
    close: () => prompt?.close(),
  };
}
