import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { projectRoot } from '../config';

/**
 * GraphiQL served entirely from this server (npm packages, no CDN), so the IDE works on a closed network:
 * React 18 and GraphiQL 3 ship browser-ready UMD builds that need no bundler. Example queries open as tabs.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: 'node_modules/react/umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { file: 'node_modules/react-dom/umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { file: 'node_modules/graphiql/graphiql.min.js', type: 'application/javascript' },
  'graphiql.css': { file: 'node_modules/graphiql/graphiql.min.css', type: 'text/css' },
};

/** The example tabs: questions a researcher starts with. */
const EXAMPLES = [
  `# Who runs or offers VrIP, and where does the source say so?
query WhoRunsVrip {
  entity(id: "vrip") {
    name
    aliases
    relations(direction: IN, types: [RUNS, OFFERS]) {
      type
      from { name }
      evidence { page quote document { name } }
    }
  }
}`,
  `# Search: case and accents ignored, exact names first
query SearchAccentsIgnored {
  search(text: "oekraiense", first: 5) {
    score
    snippet
    entity { id type name }
  }
}`,
  `# What did the government promise about childcare?
query ChildcarePromises {
  commitments(filter: { text: "kinderopvang" }) {
    nodes {
      name
      owners: relations(direction: IN, types: [COMMITTED_TO]) { from { name } }
    }
  }
}`,
  `# The SP's questions and how they were answered
query SpQuestionsAndAnswers {
  document(id: "ek-vso-wi2021-monitoring-2024") {
    questions(faction: "fractie-sp") {
      number
      text
      answers { label text refersTo { label } }
    }
  }
}`,
  `# How are KIS and the MAP connected?
query KisToMap {
  shortestPath(from: "kis", to: "map") {
    nodes { name type }
    relations { type from { name } to { name } }
  }
}`,
];

function page(): string {
  const tabs = JSON.stringify(EXAMPLES.map((query) => ({ query })));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>inburgering-kg · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', location.href).toString() });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: ${tabs.replace(/</g, '\\u003c')}, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>
`;
}

export function graphiqlRouter(): Router {
  const router = Router();
  const html = page();
  router.get('/', (_req, res) => {
    res.type('html').send(html);
  });
  router.get('/assets/:name', (req, res) => {
    const asset = Object.prototype.hasOwnProperty.call(ASSETS, req.params.name) ? ASSETS[req.params.name] : undefined;
    const file = asset ? path.join(projectRoot, asset.file) : undefined;
    if (!asset || !file || !fs.existsSync(file)) {
      res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    res.type(asset.type).set('cache-control', 'public, max-age=86400').sendFile(file);
  });
  return router;
}
