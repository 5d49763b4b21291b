// npm run schemas: writes the JSON Schema of every content file into schemas/, from the zod
// schemas in src/lib/content. Run it after changing a schema; a unit test fails until you do.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {JSON_SCHEMAS, jsonSchemaText, SCHEMAS_DIR, type ContentFileKind} from "../src/lib/check/jsonSchemas.js";

const dir = join(import.meta.dirname, "..", SCHEMAS_DIR);
mkdirSync(dir, {recursive: true});
for (const kind of Object.keys(JSON_SCHEMAS) as ContentFileKind[]) {
  writeFileSync(join(dir, JSON_SCHEMAS[kind].file), jsonSchemaText(kind));
  console.log(`${SCHEMAS_DIR}/${JSON_SCHEMAS[kind].file}`);
}
