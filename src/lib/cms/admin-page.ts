/**
 * The page at /admin/: loads the editor (Decap CMS) from the site itself, under its own
 * Content-Security-Policy. Without JavaScript it says where else content can be changed.
 */
import { escapeXml as escapeHtml } from '#lib/share/card-svg.ts';

export function adminPage({ portalName, csp }: { portalName: string; csp: string }): string {
	return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="robots" content="noindex, nofollow">
<meta name="description" content="Hier past de redactie de inhoud van ${escapeHtml(portalName)} aan.">
<meta name="referrer" content="same-origin">
<title>Redactie – ${escapeHtml(portalName)}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<link href="admin.css" rel="stylesheet">
</head>
<body>
<noscript><p>De redactieomgeving werkt alleen met JavaScript. U kunt de bestanden ook aanpassen in de webeditor van GitHub of GitLab; zie de handleiding voor de redactie.</p></noscript>
<script src="decap-cms.js"></script>
</body>
</html>
`;
}
