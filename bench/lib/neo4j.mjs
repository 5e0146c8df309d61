// The floor's database access: neo4j-driver with the same settings as Faultline's gateway
// (plain JavaScript numbers, reads routed as reads), one hand-written query per answer.
import neo4j from 'neo4j-driver';

export function createDriver(uri, { user, password, userAgent = 'faultline-bench' } = {}) {
  return neo4j.driver(uri, password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined, {
    disableLosslessIntegers: true,
    userAgent,
  });
}

export function driverFromEnv(env = process.env, userAgent = 'faultline-bench') {
  return createDriver(env.NEO4J_URI, { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, userAgent });
}

/** Runs a workload's hand-written Cypher once; returns its rows as plain objects. */
export async function runRaw(driver, workload, params, database = process.env.NEO4J_DATABASE || undefined) {
  const { records } = await driver.executeQuery(workload.raw.cypher, params, {
    database,
    routing: neo4j.routing.READ,
  });
  return records.map((record) => record.toObject());
}
