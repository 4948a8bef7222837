import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import { ErrorCode } from './errors';
import { controlCharacterProblem, findControlCharacter } from './text-input';

function refusal(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`${argument} ${problem}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, http: { status: 400 } },
  });
}

function literalProblem(value: ValueNode): string | null {
  switch (value.kind) {
    case Kind.STRING:
      return controlCharacterProblem(value.value);
    case Kind.LIST:
      for (const item of value.values) {
        const problem = literalProblem(item);
        if (problem) return problem;
      }
      return null;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const problem = literalProblem(field.value);
        if (problem) return problem;
      }
      return null;
    default:
      return null;
  }
}

/**
 * Refuses, before execution, any string argument (literal or variable, however nested in
 * input objects and lists) with a control character: BAD_USER_INPUT naming the argument or
 * variable. The check is src/common/text-input.ts, shared with the REST and import edges.
 */
export function controlCharacterPlugin(): ApolloServerPlugin {
  // A document's literals do not change: checked once per parsed document (Apollo's document store hands back the
  // same DocumentNode for a repeated query text); the variables are checked on every request.
  const literalProblems = new WeakMap<DocumentNode, [argument: string, problem: string] | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = findControlCharacter(request.variables ?? {}, '$');
          if (variables) throw refusal(variables[0].replace(/^\$\./, '$'), variables[1]);
          let found = literalProblems.get(document);
          if (found === undefined) {
            let first: [string, string] | null = null;
            visit(document, {
              Argument(node: ArgumentNode) {
                const problem = first ? null : literalProblem(node.value);
                if (problem) first = [node.name.value, problem];
              },
            });
            literalProblems.set(document, (found = first));
          }
          if (found) throw refusal(...found);
        },
      };
    },
  };
}
