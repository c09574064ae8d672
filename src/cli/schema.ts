import type { Command } from 'commander';
import { msg } from '../core/message.js';
import { UsageError } from '../core/errors.js';
import { emit } from './output.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema (draft-07) of plan files, or of cascade.config.yaml, for editors')
    .argument('[which]', 'plan or config', 'plan')
    .option('-o, --output <file>', 'write the schema to a file')
    .action(async (which: string, opts: { output?: string }) => {
      const { JSON_SCHEMAS, jsonSchemaText } = await import('../editor/json-schemas.js');
      if (!(which in JSON_SCHEMAS)) {
        throw new UsageError(msg(`Unknown schema "${which}": use plan or config.`, `Skema "${which}" tidak dikenal: gunakan plan atau config.`));
      }
      await emit(await jsonSchemaText(which as keyof typeof JSON_SCHEMAS), opts.output);
    });
}
