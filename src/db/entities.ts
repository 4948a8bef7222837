/** Every TypeORM entity, listed once; modules add theirs here. */
import { Colonia } from '../territory/colonia.entity';
import { Territorial } from '../territory/territorial.entity';

export const entities = [Territorial, Colonia];
