import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Role } from '../auth/role';
import { VERSION_DESCRIPTION } from '../write/input-rules';
import { Agenda } from './agenda.entity';
import { Workshop } from './workshop.entity';
import { CreateAgendaInput, CreateWorkshopInput, UpdateAgendaInput, UpdateWorkshopInput } from './workshop.inputs';
import { WorkshopWriteService } from './workshop.write.service';

@Resolver()
export class WorkshopMutationResolver {
  @Authorized(Role.OPERATOR)
  @Mutation(() => Workshop, { description: 'Records a workshop (OPERATOR: in its own territorial).' })
  createWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateWorkshopInput) input: CreateWorkshopInput,
  ): Promise<Workshop> {
    return WorkshopWriteService.createWorkshop(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => Workshop, { description: 'Changes a workshop (optimistic concurrency on `version`).' })
  updateWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateWorkshopInput) input: UpdateWorkshopInput,
  ): Promise<Workshop> {
    return WorkshopWriteService.updateWorkshop(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, { description: 'Deletes a workshop. Returns the id.' })
  deleteWorkshop(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
  ): Promise<string> {
    return WorkshopWriteService.deleteWorkshop(ctx, id, version);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => Agenda, { description: 'Records a colonia agenda with its projects.' })
  createAgenda(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateAgendaInput) input: CreateAgendaInput,
  ): Promise<Agenda> {
    return WorkshopWriteService.createAgenda(ctx, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => Agenda, {
    description: 'Changes an agenda; `projects`, when given, replaces the list (optimistic concurrency on `version`).',
  })
  updateAgenda(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
    @Arg('input', () => UpdateAgendaInput) input: UpdateAgendaInput,
  ): Promise<Agenda> {
    return WorkshopWriteService.updateAgenda(ctx, id, version, input);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => ID, { description: 'Deletes an agenda and its projects. Returns the id.' })
  deleteAgenda(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: VERSION_DESCRIPTION }) version: number,
  ): Promise<string> {
    return WorkshopWriteService.deleteAgenda(ctx, id, version);
  }
}
