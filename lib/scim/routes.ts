import "server-only";
// The route handlers of /scim/v2, made once for Users and Groups (app/scim/v2/** only re-export them).
// Each runs through scimRoute (https, token, rate limit, errors) and hands the work to SCIMMY's resource class.
import SCIMMY from "scimmy";
import { listParams, scimRoute } from "./http";
import { normalisePatch, normaliseUser } from "./normalise";

type Kind = "User" | "Group";
type Params = { params: Promise<{ id: string }> };

const resourceOf = (kind: Kind) => (kind === "User" ? SCIMMY.Resources.User : SCIMMY.Resources.Group);
const normalise = (kind: Kind, body: unknown) => (kind === "User" ? normaliseUser(body) : body);

/** GET (list, filter, startIndex/count) and POST (create) on /Users or /Groups. */
export function collectionRoutes(kind: Kind) {
  return {
    GET: (request: Request) =>
      scimRoute(request, async ({ client, query }) => {
        const Resource = resourceOf(kind);
        return { status: 200, body: await new Resource(listParams(query) as never).read(client) };
      }),
    POST: (request: Request) =>
      scimRoute(request, async ({ client, body }) => {
        const Resource = resourceOf(kind);
        const created = (await new Resource().write(normalise(kind, body) as never, client)) as {
          meta?: { location?: string };
        };
        // The created resource's URI in the Location header too (RFC 7644 §3.3).
        const location = created.meta?.location;
        return { status: 201, body: created, headers: location ? { Location: location } : undefined };
      }),
  };
}

/** GET, PUT (replace), PATCH and DELETE on /Users/{id} or /Groups/{id}. */
export function itemRoutes(kind: Kind) {
  const one = async (params: Params["params"], query?: URLSearchParams) => {
    const Resource = resourceOf(kind);
    const { id } = await params;
    return new Resource(id, query ? listParams(query) : {});
  };
  return {
    GET: (request: Request, { params }: Params) =>
      scimRoute(request, async ({ client, query }) => ({
        status: 200,
        body: await (await one(params, query)).read(client),
      })),
    PUT: (request: Request, { params }: Params) =>
      scimRoute(request, async ({ client, body }) => ({
        status: 200,
        body: await (await one(params)).write(normalise(kind, body) as never, client),
      })),
    PATCH: (request: Request, { params }: Params) =>
      scimRoute(request, async ({ client, body }) => {
        const result = await (await one(params)).patch(normalisePatch(body) as never, client);
        return result ? { status: 200, body: result } : { status: 204 };
      }),
    DELETE: (request: Request, { params }: Params) =>
      scimRoute(request, async ({ client }) => {
        await (await one(params)).dispose(client);
        return { status: 204 };
      }),
  };
}

/** The discovery endpoints (RFC 7644 §4): the same for every organisation, but still behind a token. */
export function discoveryRoute(kind: "ServiceProviderConfig" | "ResourceType" | "Schema") {
  return (request: Request, context?: { params: Promise<{ id?: string }> }) =>
    scimRoute(request, async ({ query }) => {
      const id = (await context?.params)?.id;
      const Resource = SCIMMY.Resources[kind];
      const resource = id ? new Resource(id) : new Resource(listParams(query) as never);
      return { status: 200, body: await resource.read() };
    });
}
