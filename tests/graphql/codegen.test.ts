import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config, { GENERATED } from '../graphql/codegen';

it(`${GENERATED} matches tests/graphql/*.graphql and schema/schema.graphql (run \`npm run codegen\` after changing either)`, async () => {
  const [output, ...others]: { filename: string; content: string }[] = await generate(config, false);
  expect(others).toEqual([]);
  expect(path.relative(path.resolve(__dirname, '../..'), output.filename)).toBe(GENERATED);
  const committed = readFileSync(output.filename, 'utf8');
  // One line of the diff in the message, not two copies of a 1,000-line file.
  if (output.content !== committed) {
    const generatedLines = output.content.split('\n');
    const committedLines = committed.split('\n');
    const line = generatedLines.findIndex((text, i) => text !== committedLines[i]);
    throw new Error(
      `${GENERATED} is out of date: run \`npm run codegen\` and commit it. First difference at line ${line + 1}:\n` +
        `  committed: ${committedLines[line] ?? '(end of file)'}\n  generated: ${generatedLines[line] ?? '(end of file)'}`,
    );
  }
});
