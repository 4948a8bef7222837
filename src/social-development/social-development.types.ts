import { Field, Float, Int, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../common/graphql-enum';

export const IdsStratum = defineEnum(
  'IdsStratum',
  ['MUY_BAJO', 'BAJO', 'MEDIO', 'ALTO', 'MUY_ALTO', 'SIN_INFORMACION'],
  {
    description:
      "Evalúa CDMX's strata of the social development index: MUY_BAJO < 0.707 ≤ BAJO < 0.784 ≤ MEDIO < 0.858 ≤ ALTO < 0.94 ≤ MUY_ALTO " +
      '(table ids_stratum, docs/fin-indicator.md); SIN_INFORMACION: AGEBs without a value.',
  },
);
export type IdsStratum = EnumValue<typeof IdsStratum>;

@ObjectType({ description: "One of Evalúa's component indices (0–1), population-weighted like the index." })
export class SocialDevelopmentComponent {
  @Field({ description: "Evalúa's code as in the source file, e.g. ids_ccevj." }) code: string;
  @Field({ description: 'Our reading of the code (docs/fin-indicator.md).' }) label: string;
  @Field(() => Float, { nullable: true }) value: number | null;
}

@ObjectType({ description: 'Population of a unit living in AGEBs of one stratum (apportioned by area).' })
export class StratumShare {
  @Field(() => IdsStratum) stratum: IdsStratum;
  @Field(() => Int, { description: 'Apportioned population, rounded.' }) population: number;
  @Field(() => Float, { description: 'Share of the unit’s apportioned population (0–1).' }) share: number;
}

@ObjectType({
  description:
    "Evalúa CDMX's Índice de Desarrollo Social (IDS) 2020, interpolated from its 458 AGEBs: each AGEB's population is apportioned " +
    'to the unit by the share of its area inside it; the value is the apportioned-population-weighted mean of the AGEBs’ idsm.',
})
export class SocialDevelopment {
  @Field(() => Int, { description: 'Year of the index.' }) year: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The index, 0–1; null when no AGEB with a value overlaps the unit.',
  })
  value: number | null;
  @Field(() => IdsStratum, { nullable: true }) stratum: IdsStratum | null;
  @Field(() => Int, { description: 'Population apportioned from the AGEBs (2020 census), rounded.' })
  population: number;
  @Field(() => [SocialDevelopmentComponent]) components: SocialDevelopmentComponent[];
  @Field(() => [StratumShare], { description: 'Every stratum, in order (zero included).' })
  populationByStratum: StratumShare[];
}

@ObjectType({ description: "The report's baseline of the Fin indicator: the alcaldía's IDS of an earlier year." })
export class SocialDevelopmentBaseline {
  @Field(() => Int) year: number;
  @Field(() => Float) value: number;
  @Field(() => IdsStratum) stratum: IdsStratum;
  @Field() source: string;
}
