import { MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../app/scalars';
import { Commitment, CommitmentStatus } from '../commitments/commitment.entity';
import { Indicator } from '../indicators/indicator.entity';

export enum ImportKind {
  MEASUREMENTS = 'MEASUREMENTS',
  COMMITMENT_PROGRESS = 'COMMITMENT_PROGRESS',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description:
    'MEASUREMENTS: columns indicateur (id or name), date (AAAA-MM-JJ or JJ/MM/AAAA), valeur, source (optional). ' +
    'COMMITMENT_PROGRESS: columns engagement (id or title), avancement (0–100), statut, note, preuve (all but engagement optional).',
});

@ArgsType()
export class ImportArgs {
  @Field(() => ID, { description: 'The plan whose indicators or commitments the file names.' })
  planId!: string;

  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => String, { description: 'The CSV text: a header line, then one record per line; `;`, `,` or tab separated; decimal commas accepted.' })
  @MaxLength(500_000, { message: 'Le fichier dépasse 500 000 caractères : découpez-le.' })
  csv!: string;
}

@ObjectType({ description: 'A line of an import file, as read: what it would write, or why it cannot be.' })
export class ImportLine {
  @Field(() => Int, { description: 'Its line in the file (the header is line 1).' })
  line!: number;

  @Field(() => [String], { description: 'The cells as read.' })
  cells!: string[];

  @Field(() => [String], { description: 'What is wrong with it, in French; empty when it can be imported.' })
  errors!: string[];

  @Field(() => Indicator, { nullable: true, description: 'The indicator it measures.' })
  indicator?: Indicator;

  @Field(() => LocalDate, { nullable: true })
  measuredOn?: string;

  @Field(() => Float, { nullable: true })
  value?: number;

  @Field(() => String, { nullable: true })
  source?: string;

  @Field(() => Commitment, { nullable: true, description: 'The commitment it reports on, as it stands now.' })
  commitment?: Commitment;

  @Field(() => CommitmentStatus, { nullable: true, description: 'The status before this line (after the lines above it).' })
  previousStatus?: CommitmentStatus;

  @Field(() => CommitmentStatus, { nullable: true, description: 'The status after this line.' })
  status?: CommitmentStatus;

  @Field(() => Int, { nullable: true, description: 'The progress before this line (after the lines above it).' })
  previousProgress?: number;

  @Field(() => Int, { nullable: true, description: 'The progress after this line.' })
  progress?: number;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => String, { nullable: true })
  evidenceUrl?: string;

  @Field(() => Boolean)
  get ok(): boolean {
    return this.errors.length === 0;
  }
}

@ObjectType({ description: 'What an import file would write, line by line, before anything is written.' })
export class ImportPreview {
  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => String, { description: 'The separator found: « ; », « , » or a tab.' })
  separator!: string;

  @Field(() => [String], { description: 'The header line as read.' })
  header!: string[];

  @Field(() => [ImportLine])
  lines!: ImportLine[];

  @Field(() => Int)
  okCount!: number;

  @Field(() => Int)
  errorCount!: number;
}

@ObjectType({ description: 'What an import wrote.' })
export class ImportResult {
  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => Int, { description: 'How many lines were written (measurements recorded or progress reports appended).' })
  written!: number;

  @Field(() => [Int], { description: 'The lines left out as asked.' })
  skippedLines!: number[];
}
