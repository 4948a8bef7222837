import { authHeaders } from './session';

/**
 * GraphQL over fetch, same origin: as an anonymous (PUBLIC) caller, whose figures the API suppresses where
 * they count 1 to 4 people, or with the credential a person signed in with (session.ts).
 */
export class ApiError extends Error {}

export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`La API respondió ${response.status} sin datos legibles`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`La API respondió ${response.status} sin datos`);
  return body.data;
}
