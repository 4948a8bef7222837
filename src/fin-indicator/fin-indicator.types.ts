import { Field, Int, ObjectType } from 'type-graphql';
import { Territorial } from '../placement/territorial.entity';

/** What a Fin-indicator block is about: the alcaldía (id 0) or one territorial, in a year. */
export interface FinScope {
  kind: 'ALCALDIA' | 'TERRITORIAL';
  id: number;
  year: number;
}

/** The alcaldía's block or a territorial's: the scope only; each figure is a field resolver (fin-indicator.resolver.ts). */
export abstract class FinIndicatorBlock {
  scope: FinScope;
}

@ObjectType({ description: 'The Fin indicator of one dirección territorial.' })
export class FinIndicatorTerritorial extends FinIndicatorBlock {
  @Field(() => Int, { description: 'The year asked for.' }) get year(): number {
    return this.scope.year;
  }
  @Field(() => Territorial) territorial: Territorial;
}

@ObjectType({
  description:
    'The report\'s Fin indicator — "a rising social development index and falling crime" — for a year: the IDS (baseline and current) ' +
    'and high-impact crime at the start and end of the year with the change, for the alcaldía and per territorial.',
})
export class FinIndicator extends FinIndicatorBlock {
  @Field(() => Int, { description: 'The year asked for.' }) get year(): number {
    return this.scope.year;
  }
}
