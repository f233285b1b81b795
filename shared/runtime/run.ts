// runAction: the frame every action entry runs in. A ConfigurationError
// (user mistake) fails the step with its one-line message and an annotation
// on the file and line it names; any other error is a bug and keeps its stack.

import * as runner from './runner.js';
import { ConfigurationError } from '../errors.js';

export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      if (error.file) runner.error(error.reason, { file: error.file, startLine: error.line, title: 'holdout: bad input' });
      runner.setFailed(error.message);
    } else {
      runner.setFailed(`holdout internal error (please report it): ${(error as Error)?.stack ?? String(error)}`);
    }
  }
}
