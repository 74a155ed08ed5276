/**
 * API routes: one Fastify plugin per resource (src/server/routes/), each typed by the zod schemas of
 * src/contract. A new resource is one plugin file and one line in API_ROUTES.
 */
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import type { ApiContext } from "./api-context.ts";
import { graphRoutes } from "./routes/graph-routes.ts";
import { healthRoutes } from "./routes/health-routes.ts";
import { nodeRoutes } from "./routes/node-routes.ts";
import { overviewRoutes } from "./routes/overview-routes.ts";
import { pathRoutes } from "./routes/path-routes.ts";
import { queryRoutes } from "./routes/query-routes.ts";
import { schemaRoutes } from "./routes/schema-routes.ts";
import { searchRoutes } from "./routes/search-routes.ts";
import { sourceRoutes } from "./routes/source-routes.ts";
import { jsonSerializerCompiler, zodValidatorCompiler } from "./zod-type-provider.ts";

/** Every resource of the API. */
export const API_ROUTES: readonly FastifyPluginAsync<ApiContext>[] = [
  healthRoutes,
  queryRoutes,
  searchRoutes,
  nodeRoutes,
  pathRoutes,
  schemaRoutes,
  graphRoutes,
  overviewRoutes,
  sourceRoutes,
];

/** Registers every /api route on `app`, validating requests with the contract's schemas. */
export async function registerApiRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(jsonSerializerCompiler);
  for (const routes of API_ROUTES) await app.register(routes, ctx);
}
