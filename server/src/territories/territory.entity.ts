import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity } from 'typeorm';
import { TrameEntity } from '../app/base.entity';
import { inEnum } from '../app/enum-check';

export enum TerritoryKind {
  COMMUNE = 'COMMUNE',
  AGGLOMERATION_COMMUNITY = 'AGGLOMERATION_COMMUNITY',
  URBAN_COMMUNITY = 'URBAN_COMMUNITY',
  COMMUNES_COMMUNITY = 'COMMUNES_COMMUNITY',
  METROPOLIS = 'METROPOLIS',
  PAYS = 'PAYS',
  DEPARTMENT = 'DEPARTMENT',
  REGION = 'REGION',
}
registerEnumType(TerritoryKind, { name: 'TerritoryKind', description: 'Kind of local authority or area (EPCI, Pays, Département, Région…).' });

@ObjectType({ description: 'A French territory that runs a plan: an EPCI, a Pays, a Département, a Région.' })
@Entity('territories')
@Check('territories_kind_check', inEnum('kind', TerritoryKind))
@Check('territories_population_check', `"population" IS NULL OR "population" >= 0`)
export class Territory extends TrameEntity {
  @Field(() => String)
  @Column({ type: 'text', unique: true })
  name!: string;

  @Field(() => TerritoryKind)
  @Column({ type: 'text' })
  kind!: TerritoryKind;

  @Field(() => Int, { nullable: true, description: 'Number of communes it gathers.' })
  @Column({ type: 'int', name: 'commune_count', nullable: true })
  communeCount!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  population!: number | null;
}
