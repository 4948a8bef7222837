import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../context';
import { connectionTypes, PageArgs, type Connection } from '../common/pagination';
import { GeoJSONScalar } from '../geo/geojson.scalar';
import { relatedColonia, relatedTerritorial } from '../territory/related';
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';
import { AgendaProject } from './agenda-project.entity';
import { Agenda } from './agenda.entity';
import { AgendaFilterArgs, WorkshopFilterArgs } from './workshop.args';
import { Workshop } from './workshop.entity';
import { WorkshopService } from './workshop.service';

export const WorkshopConnection = connectionTypes('Workshop', Workshop);
export const AgendaConnection = connectionTypes('Agenda', Agenda);

@Resolver()
export class WorkshopQueryResolver {
  @Query(() => WorkshopConnection, {
    description: 'Participatory-planning workshops by id, a page at a time, with filters (dates inclusive).',
  })
  workshops(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => WorkshopFilterArgs) filters: WorkshopFilterArgs,
  ): Promise<Connection<Workshop>> {
    return WorkshopService.listWorkshops(ctx, page, filters);
  }

  @Query(() => AgendaConnection, {
    description: 'Agendas de Desarrollo Local Comunitario by id, a page at a time, with filters.',
  })
  agendas(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => AgendaFilterArgs) filters: AgendaFilterArgs,
  ): Promise<Connection<Agenda>> {
    return WorkshopService.listAgendas(ctx, page, filters);
  }
}

@Resolver(() => Workshop)
export class WorkshopResolver {
  @FieldResolver(() => Colonia)
  colonia(@Root() workshop: Workshop, @Ctx() ctx: RequestContext): Promise<Colonia> {
    return relatedColonia(ctx, workshop);
  }

  @FieldResolver(() => Territorial)
  territorial(@Root() workshop: Workshop, @Ctx() ctx: RequestContext): Promise<Territorial> {
    return relatedTerritorial(ctx, workshop);
  }

  @FieldResolver(() => GeoJSONScalar, {
    nullable: true,
    description: 'Venue as a GeoJSON Point; null for virtual workshops.',
  })
  location(@Root() workshop: Workshop, @Ctx() ctx: RequestContext): Promise<Geometry | null> {
    return ctx.loaders.workshop.workshopLocation.load(workshop.id);
  }
}

@Resolver(() => Agenda)
export class AgendaResolver {
  @FieldResolver(() => Colonia)
  colonia(@Root() agenda: Agenda, @Ctx() ctx: RequestContext): Promise<Colonia> {
    return relatedColonia(ctx, agenda);
  }

  @FieldResolver(() => [AgendaProject], { description: 'Projects of the agenda, in order.' })
  projects(@Root() agenda: Agenda, @Ctx() ctx: RequestContext): Promise<AgendaProject[]> {
    return ctx.loaders.workshop.projectsByAgendaId.load(agenda.id);
  }
}

@Resolver(() => Territorial)
export class TerritorialWorkshopsResolver {
  @FieldResolver(() => [Workshop], { description: 'Workshops held in this territorial, by date.' })
  workshops(@Root() territorial: Territorial, @Ctx() ctx: RequestContext): Promise<Workshop[]> {
    return ctx.loaders.workshop.workshopsByTerritorialId.load(territorial.id);
  }
}

@Resolver(() => Colonia)
export class ColoniaWorkshopsResolver {
  @FieldResolver(() => [Workshop], { description: 'Workshops held for this colonia, by date.' })
  workshops(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<Workshop[]> {
    return ctx.loaders.workshop.workshopsByColoniaId.load(colonia.id);
  }

  @FieldResolver(() => [Agenda], { description: "This colonia's agendas, one per program year." })
  agendas(@Root() colonia: Colonia, @Ctx() ctx: RequestContext): Promise<Agenda[]> {
    return ctx.loaders.workshop.agendasByColoniaId.load(colonia.id);
  }
}

export const workshopResolvers = [
  WorkshopQueryResolver,
  WorkshopResolver,
  AgendaResolver,
  TerritorialWorkshopsResolver,
  ColoniaWorkshopsResolver,
] as const;
