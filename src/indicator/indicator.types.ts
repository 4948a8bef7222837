import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date';
import type { IndicatorDefinition } from './indicator.catalogue';
import { IndicatorLevel } from './indicator.enums';

@ObjectType({ description: "How an indicator is computed: the report's method in words and the data fields it reads." })
export class IndicatorMethod {
  @Field({ description: 'The formula in words (Spanish).' }) formula: string;
  @Field(() => [String], { description: 'The columns it reads, as table.column.' }) fields: string[];
}

@ObjectType({
  description:
    'A figure the report gives about an indicator (baseline, goal or its 2020 result), as the report states it.',
})
export class IndicatorFigure {
  @Field(() => Float, { nullable: true, description: 'The number; null when the report gives none (S/D).' })
  value: number | null;
  @Field({ description: 'Unit of value (may differ from the indicator’s, e.g. a % change for a rate).' }) unit: string;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field({ description: 'Where the report (or its source) says it.' }) source: string;
  @Field({ description: 'The report’s words (Spanish).' }) statement: string;
}

@ObjectType({
  description: 'An indicator over one period: value = f(numerator, denominator) by the indicator’s method.',
})
export class IndicatorPeriodValue {
  @Field(() => DateScalar, { description: 'First day of the period (inclusive).' }) start: string;
  @Field(() => DateScalar, { description: 'Last day of the period (inclusive).' }) end: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'The indicator’s value; null when the period has no data (before the data begins, or S/D), never 0, or when ' +
      'suppressed for privacy (PUBLIC callers: a by-figure count of 1 to 4 people, and its pair).',
  })
  value: number | null;
  @Field(() => Float, { nullable: true, description: 'What is counted in the period; null without data.' })
  numerator: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'What it is divided by (population for a rate, colonias of the unit for colonias attended); null otherwise.',
  })
  denominator: number | null;
}

@ObjectType({
  description:
    "An indicator of the report's results matrix (Evaluación interna 2020, section IV): its definition as the report words it, " +
    'and its value per territorial, colonia or the alcaldía for any window (value) or series of periods (series).',
})
export class Indicator {
  definition: IndicatorDefinition;

  @Field({ description: 'Stable code, e.g. FIN_DELITOS_ALTO_IMPACTO.' }) get code(): string {
    return this.definition.code;
  }
  @Field(() => IndicatorLevel) get level(): IndicatorLevel {
    return this.definition.level;
  }
  @Field({ description: 'Name as the report words it (Spanish).' }) get name(): string {
    return this.definition.name;
  }
  @Field({ description: 'Description as the report words it (Spanish).' }) get description(): string {
    return this.definition.description;
  }
  @Field(() => IndicatorMethod) get method(): IndicatorMethod {
    return { formula: this.definition.formula, fields: this.definition.fields };
  }
  @Field({ description: 'Unit of value.' }) get unit(): string {
    return this.definition.unit;
  }
  @Field({ description: 'Frequency of measurement, as the report gives it (Anual, Semestral, Mensual, Diaria).' })
  get frequency(): string {
    return this.definition.frequency;
  }
  @Field({ description: 'The report’s "sentido del indicador".' }) get direction(): string {
    return this.definition.direction;
  }
  @Field(() => IndicatorFigure, { nullable: true, description: 'The report’s línea de base; null when it gives none.' })
  get baseline(): IndicatorFigure | null {
    return this.definition.baseline;
  }
  @Field(() => IndicatorFigure, { nullable: true, description: 'The goal (meta), where the report gives one.' })
  get goal(): IndicatorFigure | null {
    return this.definition.goal;
  }
  @Field(() => IndicatorFigure, {
    nullable: true,
    description: 'The report’s own 2020 figure for it (a projection where the report says so), for comparison.',
  })
  get reported(): IndicatorFigure | null {
    return this.definition.reported;
  }

  constructor(definition: IndicatorDefinition) {
    this.definition = definition;
  }
}
