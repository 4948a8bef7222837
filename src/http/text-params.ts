import type { NextFunction, Request, Response } from 'express';
import { badInput } from '../common/errors';
import { controlCharacterProblem, findControlCharacter } from '../common/text-input';

/**
 * REST edge of the one text validation (src/common/text-input.ts): query
 * parameters and path segments with a control character (e.g. `%00`) get 400
 * BAD_USER_INPUT naming the parameter, before any router or the database sees them.
 */
export function refuseControlCharacters() {
  return (req: Request, _res: Response, next: NextFunction) => {
    const query = findControlCharacter(req.query, 'query');
    if (query) return next(badInput(query[0].replace(/^query\./, ''), query[1]));
    for (const segment of req.path.split('/')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        continue; // malformed escapes: the routers answer those
      }
      const problem = controlCharacterProblem(decoded);
      if (problem) return next(badInput('path', problem));
    }
    next();
  };
}
