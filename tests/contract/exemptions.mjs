// Where the official OpenAPI document (tests/contract/openapi-v2.json, Cal.com's published API v2 document)
// is known to disagree with what Cal.com actually sends. Each entry patches the document in memory before
// validation; everything else is validated as published. Sources: shared/calcom/API-FACTS.md (§0
// mismatches, §2.5/2.6, §3, §11).

const schemas = (spec) => spec.components.schemas;

export const exemptions = [
  {
    // API-FACTS §0.1/§2.6: the spec types TeamEventTypeOutput_2024_06_14.hosts as strings; the server
    // returns host objects {userId, name, username, avatarUrl, mandatory?, priority?}.
    id: 'team-event-type-hosts-are-objects',
    apply: (spec) => {
      schemas(spec).TeamEventTypeOutput_2024_06_14.properties.hosts.items = { type: 'object' };
    },
  },
  {
    // Same generator bug for the user event-type output: `users` are user objects, not strings.
    id: 'event-type-users-are-objects',
    apply: (spec) => {
      schemas(spec).EventTypeOutput_2024_06_14.properties.users.items = { type: 'object' };
    },
  },
  {
    // API-FACTS §0.3/§11.14: builds differ between `returnedItems` (spec) and `itemsReturned`.
    id: 'pagination-returned-items-name',
    apply: (spec) => {
      const p = schemas(spec).PaginationMetaDto;
      p.required = p.required.filter((name) => name !== 'returnedItems');
      p.properties.itemsReturned = { type: 'number' };
      p.anyOf = [{ required: ['returnedItems'] }, { required: ['itemsReturned'] }];
    },
  },
  {
    // The bookings oneOf lists are not mutually exclusive: a minimal valid body matches several
    // alternatives (CreateBookingInput and CreateRecurringBookingInput differ only by an optional field;
    // a plain BookingOutput also matches the seated/recurring outputs), so `oneOf` fails on valid data.
    // Validated as anyOf instead.
    id: 'bookings-oneof-is-anyof',
    apply: (spec) => {
      const relax = (node) => {
        if (node && node.oneOf) {
          node.anyOf = node.oneOf;
          delete node.oneOf;
        }
      };
      for (const [path, item] of Object.entries(spec.paths)) {
        if (!path.startsWith('/v2/bookings') && !path.endsWith('/bookings')) continue;
        for (const op of Object.values(item)) {
          relax(op?.requestBody?.content?.['application/json']?.schema);
        }
      }
      for (const [name, schema] of Object.entries(schemas(spec))) {
        if (!/Booking.*Output_2024_08_13$/.test(name)) continue;
        relax(schema.properties?.data);
        relax(schema.properties?.data?.items);
      }
    },
  },
  {
    // GET /v2/teams/{teamId}/memberships answers an array of memberships; the spec declares one object.
    id: 'team-memberships-is-array',
    apply: (spec) => {
      schemas(spec).GetTeamMembershipsOutput.properties.data = {
        type: 'array',
        items: { $ref: '#/components/schemas/TeamMembershipOutput' },
      };
    },
  },
  {
    // API-FACTS §2.5/§8.6: managed children (in the [parent, ...children] answers of POST/PATCH) carry
    // teamId null; the spec's teamId is a non-nullable number.
    id: 'managed-children-team-id-null',
    apply: (spec) => {
      schemas(spec).TeamEventTypeOutput_2024_06_14.properties.teamId.nullable = true;
    },
  },
];

exemptions.push({
  // TeamEventTypeOutput_2024_06_14.ownerId / parentEventTypeId are `number | null` in Cal.com's output
  // service (API-FACTS §2.6: the DB userId and parentId); the generator emitted `object, nullable`.
  id: 'owner-and-parent-ids-are-numbers',
  apply: (spec) => {
    const props = schemas(spec).TeamEventTypeOutput_2024_06_14.properties;
    for (const name of ['ownerId', 'parentEventTypeId']) props[name] = { type: 'number', nullable: true };
  },
});

exemptions.push({
  // Location (and similar) alternatives are told apart only by `type`, whose value the document states in
  // prose ("only allowed value for type is `integration`") but not as a constant; so {type, integration}
  // also matches OutputOrganizersDefaultAppLocation ({type} only) and every `oneOf` over them fails.
  // The stated value is pinned as an enum.
  id: 'discriminator-type-constants',
  apply: (spec) => {
    for (const schema of Object.values(schemas(spec))) {
      const type = schema.properties?.type;
      const match = /only allowed value for type is `([^`]+)`/i.exec(type?.description || '');
      if (match && type.type === 'string' && !type.enum) type.enum = [match[1]];
    }
  },
});

// CONTRACT_DISABLE_EXEMPTIONS=id,id switches entries off, to check that each one is still needed.
exemptions.push({
  // GET /v2/slots (2024-09-04): the 200 schema describes the `data` map as if it were the whole body, with
  // items typed as strings, while its own examples (and API-FACTS §6) show
  // {status:"success", data:{"YYYY-MM-DD":[{start}]}} and {start,end} with format=range.
  id: 'slots-envelope',
  apply: (spec) => {
    spec.paths['/v2/slots'].get.responses['200'].content['application/json'].schema = {
      type: 'object',
      required: ['status', 'data'],
      properties: {
        status: { type: 'string', enum: ['success'] },
        data: {
          type: 'object',
          additionalProperties: {
            type: 'array',
            items: {
              type: 'object',
              required: ['start'],
              properties: { start: { type: 'string' }, end: { type: 'string' } },
            },
          },
        },
      },
    };
  },
});

export function applyExemptions(spec) {
  const disabled = new Set((process.env.CONTRACT_DISABLE_EXEMPTIONS || '').split(',').filter(Boolean));
  for (const exemption of exemptions) if (!disabled.has(exemption.id)) exemption.apply(spec);
  return spec;
}
