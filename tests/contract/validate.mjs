// Validates recorded Cal.com API v2 exchanges against the official OpenAPI document with ajv.
//
//   node validate.mjs --spec PATH/openapi-v2.json EXCHANGES.jsonl
//
// Each input line is one exchange:
//   {"method":"POST","path":"/v2/bookings","query":"","requestHeaders":{"cal-api-version":"2024-08-13"},
//    "requestBody":"{...}","status":201,"responseBody":"{...}","checkRequest":true,"label":"..."}
// Requests (checkRequest true, the default) are checked for required header/query parameters, the pinned
// cal-api-version and the JSON body schema. Responses with a 2xx status are checked against the documented
// schema of that status (the spec documents no error responses). Known spec errors: exemptions.mjs.
// Exit code: 0 all valid, 1 violations found, 2 usage or spec problems.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { applyExemptions } from './exemptions.mjs';

function usage(message) {
  console.error(message);
  console.error('usage: node validate.mjs --spec openapi-v2.json EXCHANGES.jsonl');
  process.exit(2);
}

const args = process.argv.slice(2);
const specIndex = args.indexOf('--spec');
if (specIndex < 0 || !args[specIndex + 1]) usage('missing --spec');
const specPath = args[specIndex + 1];
const inputs = args.filter((_, i) => i !== specIndex && i !== specIndex + 1);
if (inputs.length !== 1) usage('expected one EXCHANGES.jsonl file');

let spec;
try {
  spec = applyExemptions(JSON.parse(readFileSync(specPath, 'utf8')));
} catch (error) {
  usage(`cannot read the spec ${specPath}: ${error.message}`);
}

// OpenAPI 3.0 -> JSON Schema: ajv understands `nullable` only beside `type`; the document also puts it
// beside $ref/allOf (e.g. `recurrence`), meaning "this or null". Translation, not an exemption.
function translateNullable(node) {
  if (Array.isArray(node)) {
    node.forEach(translateNullable);
    return node;
  }
  if (!node || typeof node !== 'object') return node;
  for (const value of Object.values(node)) translateNullable(value);
  if (node.nullable === true && node.type === undefined) {
    const rest = { ...node };
    delete rest.nullable;
    for (const key of Object.keys(node)) delete node[key];
    node.anyOf = [rest, { type: 'null' }];
  }
  return node;
}
translateNullable(spec);

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: true });
addFormats(ajv);
ajv.addSchema(spec, 'spec');

const escapePointer = (segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const validators = new Map();
function validatorFor(pointer) {
  if (!validators.has(pointer)) validators.set(pointer, ajv.compile({ $ref: `spec#${pointer}` }));
  return validators.get(pointer);
}

// Spec paths as patterns; literal segments beat templated ones (/v2/bookings/x/cancel vs /v2/bookings/{uid}).
const operations = Object.keys(spec.paths).map((template) => {
  const segments = template.split('/');
  const params = segments.filter((s) => s.startsWith('{')).length;
  const pattern = new RegExp(
    '^' + segments.map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/') + '$',
  );
  return { template, pattern, params };
});
function findOperation(method, path) {
  const candidates = operations.filter((o) => o.pattern.test(path)).sort((a, b) => a.params - b.params);
  for (const candidate of candidates) {
    const op = spec.paths[candidate.template][method.toLowerCase()];
    if (op) return { template: candidate.template, op };
  }
  return null;
}

function describe(errors) {
  return errors
    .slice(0, 8)
    .map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`)
    .join('; ');
}

const lines = readFileSync(inputs[0], 'utf8').split('\n').filter((l) => l.trim());
const violations = [];
let checkedRequests = 0;
let checkedResponses = 0;
let skipped = 0;

lines.forEach((line, index) => {
  let ex;
  try {
    ex = JSON.parse(line);
  } catch (error) {
    violations.push(`line ${index + 1}: not JSON (${error.message})`);
    return;
  }
  const where = `${ex.method} ${ex.path}${ex.query ? '?' + ex.query : ''} -> ${ex.status}${ex.label ? ` [${ex.label}]` : ''}`;
  const success = ex.status >= 200 && ex.status < 300;
  const found = findOperation(ex.method, ex.path);
  if (!found) {
    if (success || ex.checkRequest !== false) violations.push(`${where}: no such operation in the spec`);
    else skipped++;
    return;
  }
  const pointerBase = `/paths/${escapePointer(found.template)}/${ex.method.toLowerCase()}`;
  const headers = Object.fromEntries(Object.entries(ex.requestHeaders || {}).map(([k, v]) => [k.toLowerCase(), v]));
  const query = new URLSearchParams(ex.query || '');

  if (ex.checkRequest !== false) {
    checkedRequests++;
    for (const param of found.op.parameters || []) {
      if (param.in === 'header') {
        const value = headers[param.name.toLowerCase()];
        if (param.required && value === undefined) violations.push(`${where}: request lacks required header ${param.name}`);
        // cal-api-version pins one value per route family: the spec states it as the default.
        if (param.name === 'cal-api-version' && value !== undefined && param.schema?.default && value !== param.schema.default)
          violations.push(`${where}: cal-api-version ${value}, the spec wants ${param.schema.default}`);
      } else if (param.in === 'query' && param.required && !query.has(param.name)) {
        violations.push(`${where}: request lacks required query parameter ${param.name}`);
      }
    }
    const bodySpec = found.op.requestBody;
    const hasBody = ex.requestBody !== undefined && ex.requestBody !== null && ex.requestBody !== '';
    if (bodySpec?.required && !hasBody) violations.push(`${where}: request body is required`);
    const bodySchema = bodySpec?.content?.['application/json']?.schema;
    if (hasBody && bodySchema) {
      let body;
      try {
        body = typeof ex.requestBody === 'string' ? JSON.parse(ex.requestBody) : ex.requestBody;
      } catch {
        violations.push(`${where}: request body is not JSON`);
      }
      if (body !== undefined) {
        const validate = validatorFor(`${pointerBase}/requestBody/content/application~1json/schema`);
        if (!validate(body)) violations.push(`${where}: request body: ${describe(validate.errors)}`);
      }
    }
  }

  if (success && ex.checkResponse !== false) {
    checkedResponses++;
    const response = found.op.responses?.[String(ex.status)];
    if (!response) {
      violations.push(`${where}: status ${ex.status} is not documented (documented: ${Object.keys(found.op.responses || {}).join(', ')})`);
      return;
    }
    if (!response.content?.['application/json']?.schema) return;
    let body;
    try {
      body = typeof ex.responseBody === 'string' ? JSON.parse(ex.responseBody) : ex.responseBody;
    } catch {
      violations.push(`${where}: response body is not JSON`);
      return;
    }
    const validate = validatorFor(`${pointerBase}/responses/${ex.status}/content/application~1json/schema`);
    if (!validate(body)) violations.push(`${where}: response: ${describe(validate.errors)}`);
  }
});

for (const v of violations) console.log(`VIOLATION ${v}`);
console.log(`contract: ${lines.length} exchanges, ${checkedRequests} requests and ${checkedResponses} responses checked, ${skipped} skipped, ${violations.length} violations`);
process.exit(violations.length ? 1 : 0);
