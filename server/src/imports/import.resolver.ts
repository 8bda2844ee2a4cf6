import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../app/context';
import { ImportService } from './import.service';
import { ImportArgs, ImportPreview, ImportResult } from './import.types';

@Resolver()
export class ImportResolver {
  @Authorized()
  @Query(() => ImportPreview, {
    description: "Reads a CSV file of measurements or commitment progress and tells, line by line, what it would write or what is wrong; writes nothing. For the plan's readers (each line says whether you may report it).",
  })
  previewImport(@Args(() => ImportArgs) args: ImportArgs, @Ctx() context: Context) {
    return new ImportService(context).preview(args);
  }

  @Authorized()
  @Mutation(() => ImportResult, {
    description: 'Writes the file in one transaction, leaving out the lines in `skipLines`; if any other line has an error, nothing is written (BAD_USER_INPUT with `errorLines`).',
  })
  applyImport(
    @Args(() => ImportArgs) args: ImportArgs,
    @Arg('skipLines', () => [Int], { defaultValue: [], description: 'Lines of the file to leave out, as numbered in the preview.' }) skipLines: number[],
    @Ctx() context: Context,
  ) {
    return new ImportService(context).apply(args, skipLines);
  }
}
