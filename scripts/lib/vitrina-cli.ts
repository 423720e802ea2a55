import { editorLanguage, say } from '../../src/i18n/editor-messages';
import { buildCli } from './build-cli';
import { checkCli } from './check-cli';
import { initCli } from './init-cli';
import { newCli } from './new-cli';
import { readSiteOptions } from './site-options';
import { releaseCli } from './release-cli';
import { translationsCli } from './translations-cli';
import type { PackageFacts } from './package-facts';

/** What the `vitrina` command needs from outside; passed in so tests run it without a child process. */
export interface VitrinaCliIo {
  /** The arguments after `vitrina`. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder the command runs in: the site's root for check and new. */
  root: string;
  print: (text: string) => void;
  ask: (question: string) => Promise<string>;
  /** True when standard input is a terminal a person can answer on. */
  interactive: boolean;
  /** The Vitrina package the command runs from. */
  vitrina: PackageFacts;
}

/** `vitrina <command>`: dispatches to init, build, check, new, release or translations; returns the exit code (2 for a wrong command). */
export async function vitrinaCli(io: VitrinaCliIo): Promise<number> {
  const [command, ...rest] = io.argv;
  const ui = editorLanguage(undefined, io.env);
  switch (command) {
    case 'init':
      return initCli({ argv: rest, env: io.env, cwd: io.root, print: io.print, ask: io.ask, interactive: io.interactive, vitrina: io.vitrina });
    case 'build':
      return buildCli({ argv: rest, env: io.env, root: io.root, print: io.print });
    case 'check':
      return checkCli({ argv: rest, env: io.env, root: io.root, print: io.print, options: await readSiteOptions(io.root) });
    case 'new':
      return newCli({ argv: rest, env: io.env, root: io.root, print: io.print, ask: io.ask, options: await readSiteOptions(io.root) });
    case 'release':
      return releaseCli({ argv: rest, env: io.env, root: io.root, print: io.print, options: await readSiteOptions(io.root) });
    case 'translations':
      return translationsCli({ argv: rest, env: io.env, root: io.root, print: io.print, options: await readSiteOptions(io.root) });
    case '--version':
    case '-v':
      io.print(io.vitrina.version);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.print(say('cli.usage', {}, ui));
      return 0;
    default:
      io.print(`${say('cli.unknown', { command }, ui)}\n\n${say('cli.usage', {}, ui)}`);
      return 2;
  }
}
