<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>@default</name>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="59"/>
        <source>Source {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="61"/>
        <source>{} has no layer named after the monitoring data standard ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="131"/>
        <source>the layer has no &apos;{}&apos; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="133"/>
        <source>required field &apos;{}&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="137"/>
        <source>neither completion_date nor monitoring_year is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="139"/>
        <source>{} &apos;{}&apos; is already in the store or earlier in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="151"/>
        <source>geometry cannot be transformed to the store&apos;s CRS ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="156"/>
        <source>a {} geometry where a polygon is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="168"/>
        <source>Writing {} rows to layer &apos;{}&apos; failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="30"/>
        <source>Allocations</source>
        <translation>Dyraniadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="31"/>
        <source>Plan areas (LPA × policy area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="53"/>
        <source>Permissions</source>
        <translation>Caniatadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="33"/>
        <source>Permission boundaries</source>
        <translation>Ffiniau caniatâd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="54"/>
        <source>Completions</source>
        <translation>Cwblhadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="56"/>
        <source>Starts</source>
        <translation>Dechreuadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="258"/>
        <source>Trajectory</source>
        <translation>Trywydd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="37"/>
        <source>Tag audit</source>
        <translation>Archwiliad tagiau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="51"/>
        <source>Plan settings</source>
        <translation>Gosodiadau'r cynllun</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="99"/>
        <source>JLP Monitor – {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="116"/>
        <source>Tables</source>
        <translation>Tablau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="182"/>
        <source>In review</source>
        <translation>Yn cael ei adolygu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="70"/>
        <source>Allocated</source>
        <translation>Wedi'i ddyrannu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="184"/>
        <source>Windfall / untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="45"/>
        <source>Monitoring store</source>
        <translation>Storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="21"/>
        <source>Create monitoring store</source>
        <translation>Creu storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="24"/>
        <source>Creates an empty monitoring store (GeoPackage) holding every layer of the monitoring data standard — allocations, areas, permissions, permission_boundaries, completions, starts, trajectory, tag_audit and plan_settings — and writes the chosen preset's plan settings (requirement, plan period, LPAs, five-year supply and tagging settings). An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="33"/>
        <source>New monitoring store</source>
        <translation>Storfa fonitro newydd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="33"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="39"/>
        <source>Plan settings preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="54"/>
        <source>Created {} with layers {} and the &apos;{}&apos; plan settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="21"/>
        <source>Load standard layers into store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="24"/>
        <source>Appends the layers of a GeoPackage that already follows the monitoring data standard (layers named allocations, areas, permissions, permission_boundaries, completions, starts, trajectory, with the standard&apos;s field names) to a monitoring store. Geometries are transformed to the store&apos;s CRS. Rows lacking a required value, or whose key (site_ref, app_ref, completion_id) is already in the store, are rejected and written with their reason to the REJECTS file: READ = LOADED + REJECTED. For back-office extracts with other column names use the import algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="35"/>
        <source>Source GeoPackage (standard layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="44"/>
        <source>Rejected rows</source>
        <translation>Rhesi a wrthodwyd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="44"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="64"/>
        <source>{}: read {}, loaded {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="68"/>
        <source>{} row {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="80"/>
        <source>{} rows were rejected; set REJECTS to keep them with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="49"/>
        <source>JLP Monitor</source>
        <translation>Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="52"/>
        <source>JLP Monitor {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="159"/>
        <source>Monitoring &amp; Reports</source>
        <translation>Monitro ac Adroddiadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="302"/>
        <source>No monitoring store open (JLP Monitor ▸ Open monitoring store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="307"/>
        <source>Store: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="32"/>
        <source>Monitoring &amp;&amp; Reports</source>
        <translation>Monitro ac Adroddiadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="612"/>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="48"/>
        <source>Site ref</source>
        <translation>Cyf. safle</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="48"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="48"/>
        <source>LPA</source>
        <translation>ACLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="48"/>
        <source>Policy area</source>
        <translation>Ardal bolisi</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="48"/>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="52"/>
        <source>Sites: the allocation sites of the open monitoring store, with their LPA, policy area and homes capacity. Type in the filter box to narrow the list, click a column header to sort, and select a site to zoom the map to it (double-click to zoom again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="270"/>
        <source>Sites</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="70"/>
        <source>Filter by site ref, name, LPA or policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="71"/>
        <source>Show only the sites whose ref, name, LPA or policy area contain this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="72"/>
        <source>Select a site to zoom the map to it; double-click to zoom again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="110"/>
        <source>Open a monitoring store (JLP Monitor ▸ Open monitoring store…) to list its allocation sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="123"/>
        <source>The allocation sites could not be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="198"/>
        <source>No allocation sites in this store yet.</source>
        <translation>Dim safleoedd dyrannu yn y storfa hon eto.</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="200"/>
        <source>1 allocation · capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="202"/>
        <source>{count} allocations · capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="206"/>
        <source>{shown} of {count} allocations · capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="232"/>
        <source>Site {} has no geometry to zoom to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="104"/>
        <source>&amp;JLP Monitor</source>
        <translation>&amp;Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="105"/>
        <source>Open monitoring store…</source>
        <translation>Agor storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="105"/>
        <source>Open a monitoring store (GeoPackage): add its layers to the project and list its sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="112"/>
        <source>Create monitoring store…</source>
        <translation>Creu storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="112"/>
        <source>Create an empty monitoring store with the plan settings of a preset, then open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="239"/>
        <source>Open monitoring store</source>
        <translation>Agor storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="257"/>
        <source>Could not open the monitoring store. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="270"/>
        <source>Loaded store {name}: {allocations} allocations, {permissions} permissions, {completions} completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="381"/>
        <source>The Processing plugin is not available; enable it in the Plugin Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="405"/>
        <source>This project's monitoring store {} was not found. Open it again with JLP Monitor ▸ Open monitoring store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="413"/>
        <source>This project&apos;s monitoring store could not be opened. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="60"/>
        <source>Multiple sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="61"/>
        <source>Partial overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="62"/>
        <source>Near boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="63"/>
        <source>Location conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="64"/>
        <source>No geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="196"/>
        <source>A manual change of a tag needs a reason (DOMAIN.md §3, rule 8); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="212"/>
        <source>&apos;{}&apos; is not a layer that is tagged; use permissions or completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="218"/>
        <source>No features were given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="261"/>
        <source>Not found in the store: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="360"/>
        <source>No candidate site to accept for: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="381"/>
        <source>There is no allocation site &apos;{}&apos; in the store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="438"/>
        <source>Changed since, so not restored: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="451"/>
        <source>undo: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="457"/>
        <source>redo: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="341"/>
        <source>automatic: follows its permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="343"/>
        <source>automatic: no longer in an allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="344"/>
        <source>automatic: lies in the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="388"/>
        <source>TARGETS must be one of {}, not &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_dock.py" line="17"/>
        <source>Review: the permissions and completions whose tag to an allocation site is doubtful, grouped by reason. Select one to see it and its candidate site on the map, then accept the candidate, confirm the tag as it is, assign it by clicking a site, untag or lock it — each with a reason, audited and undoable. Tag store runs the automatic tagging in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="65"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="65"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="129"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="65"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="65"/>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="359"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="131"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="69"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="121"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="123"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="123"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="123"/>
        <source>Old → new site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="123"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="123"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="133"/>
        <source>History of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="135"/>
        <source>{layer} {key}: 1 recorded change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="139"/>
        <source>{layer} {key}: {count} recorded changes, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="145"/>
        <source>{layer} {key}: no change of its tag has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="149"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="238"/>
        <source>The review queue: permissions and completions whose tag to an allocation site is doubtful — multiple sites, partial overlaps, near misses, location conflicts, missing geometry — grouped by reason, for you to accept, reassign on the map, untag or lock. Every change is audited and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="247"/>
        <source>Tag store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="247"/>
        <source>Tag every permission and completion to the allocation sites (locked tags are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="252"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="252"/>
        <source>Stop tagging; the store is left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="673"/>
        <source>Accept candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="253"/>
        <source>Tag the selected features to their candidate site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="681"/>
        <source>Confirm as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="258"/>
        <source>Keep the selected features&apos; tags and clear their review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="263"/>
        <source>Assign on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="263"/>
        <source>Click a site on the map to tag the selected features to it (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="689"/>
        <source>Untag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="268"/>
        <source>Tag the selected features to no site (windfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="697"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="269"/>
        <source>Keep the selected features&apos; tags from automatic tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="697"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="270"/>
        <source>Let automatic tagging test the selected features again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="271"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="271"/>
        <source>Show the audit trail of the selected feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="151"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="277"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="278"/>
        <source>Select a feature to see it and its candidate site on the map; select several, or a whole group, to decide for them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="321"/>
        <source>The review queue could not be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="341"/>
        <source>{reason} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="452"/>
        <source>Nothing to review: every tag is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="454"/>
        <source>1 feature to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="456"/>
        <source>{} features to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="458"/>
        <source>{} of them locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="472"/>
        <source>Undo: {} (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="475"/>
        <source>Redo: {} (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="556"/>
        <source>{} has no geometry to show on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="622"/>
        <source>Reason for this change (required; it is kept in the tag audit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="642"/>
        <source>A manual change needs a reason; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="654"/>
        <source>Nothing to change for the selected features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="663"/>
        <source>None of the selected features has a candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="668"/>
        <source>Tagged {} features to their candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="670"/>
        <source>{} without a candidate were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="681"/>
        <source>Confirmed the tags of {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="689"/>
        <source>Untagged {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="697"/>
        <source>Locked {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="697"/>
        <source>Unlocked {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="705"/>
        <source>Assign to site {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="705"/>
        <source>Tagged {count} features to site {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="719"/>
        <source>Undone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="722"/>
        <source>Redone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="761"/>
        <source>Click the allocation site for the {} selected features on the map; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="794"/>
        <source>No allocation site there: click inside a site, or press Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="798"/>
        <source>Assigning on the map was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="833"/>
        <source>Tagging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="845"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="26"/>
        <source>Tagging {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="51"/>
        <source>Tagging was cancelled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="43"/>
        <source>Tagging failed; the store was left as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="45"/>
        <source>Tagging done: {tagged} tagged, {review} to review, {untagged} untagged, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="15"/>
        <source>Tag to allocation sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="18"/>
        <source>Tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="24"/>
        <source>Tags the store&apos;s permissions and completions to allocation sites, in place. Locked tags are never changed. A completion follows its permission (by app_ref); otherwise points are tagged to the allocation containing them (the smallest, if several) and red-line boundaries to the site holding at least the overlap threshold of their area. Doubtful cases go to the review queue: multiple_sites, partial_overlap, near_boundary, location_conflict, no_geometry, with the candidate site. Every change of site_ref is written to tag_audit. One transaction: a failure or a cancel leaves the store as it was. Running again changes nothing that is already right. Outputs: TAGGED, REVIEW and UNTAGGED count the features whose tag changed (REVIEW: now in the review queue); UNCHANGED those already right, locked ones included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="38"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="55"/>
        <source>Tagging was cancelled; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="56"/>
        <source>Tagged {tagged}, review {review}, untagged {untagged}, unchanged {unchanged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="260"/>
        <source>Allocation site {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="352"/>
        <source>Housing numbers for {lpa} in the {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="385"/>
        <source>Unknown dataset &apos;{}&apos;; choose one of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="138"/>
        <source>The field map maps {target} to &apos;{source}&apos;, which is not a column of {name}. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="138"/>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="163"/>
        <source>&apos;{}&apos; in the field map has no &apos;=&apos;: write target=source, e.g. app_ref=Application Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="172"/>
        <source>&apos;{}&apos; in the field map names no target field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="174"/>
        <source>The field map names &apos;{name}&apos;, which is not a field an import into {target} can fill ({fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="181"/>
        <source>The field map names {} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="539"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="171"/>
        <source>{name} → {target}: read {read}, inserted {inserted}, updated {updated} ({changed} changed, {unchanged} unchanged), rejected {rejected}, deleted {deleted}, warnings {warnings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="453"/>
        <source>SOURCE_CRS &apos;{}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="498"/>
        <source>Unknown import target &apos;{}&apos;; choose one of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="502"/>
        <source>Unknown MODE &apos;{}&apos;; choose upsert or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="524"/>
        <source>No field map given; mapped from the headings: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="532"/>
        <source>{} is not a field of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="542"/>
        <source>Give both X_FIELD and Y_FIELD, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="545"/>
        <source>{} has no geometry: X_FIELD and Y_FIELD are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="567"/>
        <source>{} has no CRS: set SOURCE_CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="569"/>
        <source>{name} is in {crs}; SOURCE_CRS applies to X/Y columns only and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="575"/>
        <source>Boundaries are imported from a polygon layer (Shapefile, GeoPackage, GeoJSON); {} has no polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="626"/>
        <source>{parameter} &apos;{wanted}&apos; is not a column of {name}. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="643"/>
        <source>net_units (or units_proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="648"/>
        <source>completion_date or monitoring_year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="657"/>
        <source>site_ref or app_ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="659"/>
        <source>The field map gives no column for {missing} (required in {layer}). {name} has the columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="682"/>
        <source>completion source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="687"/>
        <source>trajectory source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="696"/>
        <source>; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="745"/>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="761"/>
        <source>neither site_ref nor app_ref is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="772"/>
        <source>is empty: net_units is required (from units_proposed − units_existing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="785"/>
        <source>is empty: {} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="814"/>
        <source>the coordinates are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="820"/>
        <source>no coordinates: loaded without a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="832"/>
        <source>only one of the two coordinates is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="839"/>
        <source>0, 0 is not a location: loaded without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="854"/>
        <source>geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="911"/>
        <source>latitude and longitude look swapped (the Y column holds the longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="918"/>
        <source>X and Y look swapped (the X column holds the northing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="885"/>
        <source>outside the plan area (more than 10 km from its areas and allocations); loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="894"/>
        <source>these look like eastings/northings, not longitude/latitude ({}): set SOURCE_CRS (e.g. EPSG:27700)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="899"/>
        <source>these look like longitude/latitude, not {}: set SOURCE_CRS to EPSG:4326</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="919"/>
        <source>outside the area of use of the plan&apos;s CRS {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="928"/>
        <source>not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="934"/>
        <source>the polygon is not valid; kept as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="950"/>
        <source>several points, not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="964"/>
        <source>the red line is not valid; kept as given, its point taken from the repaired shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="979"/>
        <source>no point on the polygon&apos;s surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="986"/>
        <source>cannot be transformed to the store&apos;s CRS ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="996"/>
        <source>a line, where a point or polygon is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="1062"/>
        <source>the same {} as row {} of this file (a duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="1116"/>
        <source>The import of {} failed and was undone; the store is as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="1129"/>
        <source>The rejects could not be written to {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="104"/>
        <source>The import was cancelled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="1233"/>
        <source>no permission with this app_ref in the store (the boundary is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="1262"/>
        <source>no permission with this reference in the file or the store (loaded as given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="71"/>
        <source>The input layer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="105"/>
        <source>No input file or layer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="108"/>
        <source>The input file {} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="115"/>
        <source>{} cannot be read as a table or layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="63"/>
        <source>{name} row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="120"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="132"/>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="238"/>
        <source>the year {} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="156"/>
        <source>not a real date: there is no month {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="159"/>
        <source>not a real date: {month} {year} has {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="194"/>
        <source> (are the dates {}? set DAY_FIRST accordingly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="194"/>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="194"/>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="210"/>
        <source>not a date (write dates as dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="232"/>
        <source>not a monitoring year (write it as 2019/20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="236"/>
        <source>not a monitoring year: {} is not the year after {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="267"/>
        <source>not a yes/no value (1/0, yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="369"/>
        <source>not a permission type the standard knows ({}); kept as &apos;other&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="383"/>
        <source>not a {field} the standard knows ({allowed}); left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="386"/>
        <source>not a {field} the standard knows ({allowed}); kept as &apos;{fallback}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="419"/>
        <source>not one of the plan&apos;s LPAs ({}); kept as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="456"/>
        <source>disagrees with units_proposed − units_existing = {p} − {e} = {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="475"/>
        <source>neither a completion date nor a monitoring year is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="479"/>
        <source>the completion date {day} is in monitoring year {actual}, not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/__init__.py" line="57"/>
        <source>pandas is needed for monitoring figures; it ships with QGIS on Windows (OSGeo4W) — on Linux install python3-pandas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="109"/>
        <source>local housing need, {:,.0f} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="109"/>
        <source>plan requirement for {}, ÷ 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="115"/>
        <source>Liverpool: shortfall {:,.1f} × 5 ÷ {} remaining plan years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="119"/>
        <source>Sedgefield: all of the shortfall in the five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="122"/>
        <source>automatic: HDT not measured, so 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="124"/>
        <source>automatic: HDT {:.1f}% ({} 85%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="128"/>
        <source>set in the plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="130"/>
        <source>Annual requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="131"/>
        <source>Five-year requirement before shortfall and buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="539"/>
        <source>Requirement to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="133"/>
        <source>plan years up to the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="133"/>
        <source>Net completions to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="139"/>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="139"/>
        <source>max(C − D, 0); none on the lhn basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="140"/>
        <source>Shortfall added to the five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="141"/>
        <source>Buffer (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="142"/>
        <source>Buffer (homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="143"/>
        <source>Five-year requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="144"/>
        <source>Annual requirement with shortfall and buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="150"/>
        <source>Deliverable supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="150"/>
        <source>deliverable trajectory units, {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="156"/>
        <source>Small-sites windfall allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="156"/>
        <source>{:,.0f} a year × {} years ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="168"/>
        <source>Lapse discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="166"/>
        <source>{:g}% of {:,} not-started units on small sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="174"/>
        <source>Total supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="175"/>
        <source>Years of supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="176"/>
        <source>Surplus (shortfall if negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/hdt.py" line="43"/>
        <source>Plan setting &apos;five_year_basis&apos; is lhn but &apos;lhn_annual&apos; is not set; enter the local housing need figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/hdt.py" line="91"/>
        <source>The plan has no total requirement (&apos;requirements&apos; PLAN) to test delivery against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/inputs.py" line="177"/>
        <source>{} permissions have no decision date and are not counted as granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/inputs.py" line="215"/>
        <source>{} completions have neither a completion date nor a monitoring year and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/inputs.py" line="254"/>
        <source>{} trajectory rows have no valid monitoring year and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/periods.py" line="31"/>
        <source>Base date &apos;{}&apos; is not a date; give it as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/periods.py" line="35"/>
        <source>Base date {} is not a 31 March; a position is taken at the end of a monitoring year (1 April to 31 March), e.g. {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="95"/>
        <source>Plan setting &apos;{}&apos; is empty; it needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="97"/>
        <source>Plan setting &apos;{}&apos; is {}; it needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="101"/>
        <source>Plan setting &apos;{}&apos; is &apos;{}&apos;; it needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="117"/>
        <source>Plan setting &apos;{}&apos; must give small, medium and large, e.g. {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="129"/>
        <source>Plan setting &apos;stepped_requirement&apos; must map areas to {monitoring year: homes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="137"/>
        <source>Plan setting &apos;stepped_requirement&apos; for {} must map monitoring years to homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="146"/>
        <source>Plan setting &apos;stepped_requirement&apos; for {}: &apos;{}&apos; is not a monitoring year (2023/24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="174"/>
        <source>Plan settings &apos;plan_start&apos; and &apos;plan_end&apos; must be dates (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="178"/>
        <source>Plan setting &apos;plan_end&apos; must come after &apos;plan_start&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="188"/>
        <source>Plan setting &apos;five_year_basis&apos; is &apos;{}&apos;; use plan or lhn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="191"/>
        <source>Plan setting &apos;shortfall_method&apos; is &apos;{}&apos;; use sedgefield or liverpool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="199"/>
        <source>Plan setting &apos;trajectory_size_thresholds&apos; must give medium and large, e.g. {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/summary_csv.py" line="47"/>
        <source>Cannot make the folder {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/trajectory.py" line="89"/>
        <source>default build-out: {} site, lead-in {} years, {} homes a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="55"/>
        <source>Red-line boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="63"/>
        <source>Add new rows and update changed ones (upsert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="64"/>
        <source>Replace the layer&apos;s rows (replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="75"/>
        <source>Importing {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="98"/>
        <source>The import failed; the store was left as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="134"/>
        <source>The store&apos;s CRS (or the layer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="164"/>
        <source>Import data into {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="165"/>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="166"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="167"/>
        <source>CSV, XLSX, GeoJSON, Shapefile or GeoPackage (path|layername=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="168"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="169"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="170"/>
        <source>or a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="171"/>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="172"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="173"/>
        <source>A named mapping: choose one to load, or type a name to save the mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="176"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="177"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="149"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="179"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="180"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="180"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="181"/>
        <source>The file&apos;s column for each field of the store (* required). Type &apos;text&apos; for a constant, or {Column A}/{Column B} to combine columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="185"/>
        <source>X / easting / longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="186"/>
        <source>Y / northing / latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="187"/>
        <source>CRS of X/Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="83"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="80"/>
        <source>Dates are day first (21/01/2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="190"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="426"/>
        <source>Choose a file or layer to see its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="194"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="195"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="196"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="212"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="212"/>
        <source>Tables and layers ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="306"/>
        <source>Imported for new rows only: an import never changes existing tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="384"/>
        <source>Profile &apos;{}&apos; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="408"/>
        <source>There is no profile named &apos;{}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="403"/>
        <source>Profile &apos;{}&apos; loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="411"/>
        <source>Profile &apos;{}&apos; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="450"/>
        <source>The mapping cannot be used yet: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="453"/>
        <source>First {rows} rows: {flagged} with problems ({errors} would be rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="515"/>
        <source>Choose a file or layer to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="518"/>
        <source>A temporary (memory) layer cannot be imported in the background; save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="536"/>
        <source>Importing… the store is written in one transaction when the import is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="555"/>
        <source>Import done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="566"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: read {read} · inserted {inserted} · updated {updated} ({changed} changed, {unchanged} unchanged) · rejected {rejected} · deleted {deleted} · warnings {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="583"/>
        <source>Rejected rows, with the reason: &lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="589"/>
        <source>Warning: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="119"/>
        <source>Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="119"/>
        <source>Import permissions, completions, red lines, starts or a trajectory from a file or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="365"/>
        <source>Open or create a monitoring store first, then import data into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="47"/>
        <source>Import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="28"/>
        <source>Only this LPA (code, e.g. PLY); empty: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="33"/>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="38"/>
        <source>Rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="48"/>
        <source>Export Brownfield Land Register (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="51"/>
        <source>Writes the Brownfield Land Register CSV of the 2017 data standard (its 28 columns, OrganisationURI to LastUpdatedDate) from the store&apos;s permissions with brownfield = 1: one row per permission, SiteReference its app_ref, GeoX/GeoY its point in WGS84, Hectares the area of its red line, PlanningStatus permissioned, PermissionType and PermissionDate from the permission, net dwellings from net_units, the organisation from the plan settings&apos; LPAs (OrganisationURI on opendatacommunities.org). LPA limits the register to one authority, as each council publishes its own. Columns the store holds nothing for are left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="71"/>
        <source>{} brownfield sites written to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="79"/>
        <source>Export planning.data.gov.uk CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="82"/>
        <source>Writes a CSV for planning.data.gov.uk with exactly the fields of the chosen dataset, as the digital-land specification lists them: brownfield-land (the brownfield-land data specification&apos;s 20 fields, from the store&apos;s brownfield permissions as in the Brownfield Land Register export) or local-plan-housing (one row per LPA: the plan&apos;s required housing from the plan settings and the allocated housing from the allocations&apos; capacities; the platform&apos;s entity and prefix are left to it). LPA limits the rows to one authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="92"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/export_data.py" line="107"/>
        <source>{} rows of {} written to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="53"/>
        <source>Input table or layer (CSV, XLSX, GeoJSON, Shapefile, GeoPackage layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="61"/>
        <source>Field map (target=source;…, e.g. app_ref=Application Number); empty: from the headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="69"/>
        <source>X / easting / longitude column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="72"/>
        <source>Y / northing / latitude column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="75"/>
        <source>CRS of the X/Y columns (default: the store&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="86"/>
        <source>Rejected rows (CSV: the original columns and the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="97"/>
        <source>Field map used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="103"/>
        <source>The input could not be read as a table or layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="123"/>
        <source>The import was cancelled; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="128"/>
        <source>Field map: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="130"/>
        <source>Coordinates: X {}, Y {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="134"/>
        <source>Rejected: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="138"/>
        <source>… and {} more problems; every rejected row is in the rejects file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="143"/>
        <source>{} rows were rejected; they are in {} (set REJECTS to choose the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="166"/>
        <source>Import permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="169"/>
        <source>Imports planning permissions from a back-office extract (CSV, XLSX) or a layer (GeoJSON, Shapefile, GeoPackage layer) into the store's permissions. FIELD_MAP maps the standard's fields to the file's columns: app_ref=Application Number;decision_date=Decision Date;net_units=Net Units (empty: suggested from the headings; a value in quotes is a constant, lpa='PLY'). Locations come from X_FIELD/Y_FIELD in SOURCE_CRS, or from the layer's geometry; a polygon layer fills permission_boundaries with the red line and permissions with a point on its surface. Dates are read day first (21/01/2008) unless DAY_FIRST is off. Each row is checked: required app_ref and net units, real dates, whole units, net units = proposed − existing, unique app_ref in the file, coordinates in the plan's CRS area and not swapped; rejected rows go to REJECTS with all their columns and the reason (file, row, field, value). Unknown permission types are kept as 'other' and parent_ref pointing to nothing is loaded, both with a warning. MODE upsert inserts new app_refs and updates matched ones, writing only the values that changed; replace also deletes permissions whose app_ref did not come back (a row rejected this time keeps its stored version). Officer tags and locks (site_ref, tag_*) of existing permissions are never touched. One transaction: a failure or cancel leaves the store as it was. Counts: READ = INSERTED + UPDATED + REJECTED, always. UPDATED counts the rows whose key was already in the store, changed or not; of them CHANGED had a value that differed and was written, UNCHANGED were identical and left alone — importing the same file twice gives INSERTED 0 and CHANGED 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="197"/>
        <source>Import completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="200"/>
        <source>Imports dwelling completions (building control, council tax, site visits, developers) from a CSV, XLSX or layer into the store's completions. FIELD_MAP maps the standard's fields to the file's columns (empty: suggested from the headings). Each completion needs units (net: losses negative) and a completion_date or a monitoring_year (2019/20); a location from X_FIELD/Y_FIELD or the layer is optional. Without a mapped completion_id, stable ids are generated from each row's content and its occurrence number, so importing the same file again matches the same rows. Rejected rows (missing or impossible values, a date outside the monitoring year given, duplicates, coordinates outside the plan's CRS area or swapped) go to REJECTS with all their columns and the reason. MODE upsert or replace as for permissions; officer tags are never touched; one transaction. Counts: READ = INSERTED + UPDATED + REJECTED, always. UPDATED counts the rows whose key was already in the store, changed or not; of them CHANGED had a value that differed and was written, UNCHANGED were identical and left alone — importing the same file twice gives INSERTED 0 and CHANGED 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="222"/>
        <source>Import red-line boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="225"/>
        <source>Imports red-line boundaries (polygons with an application reference) from a Shapefile, GeoPackage or GeoJSON layer into permission_boundaries, transformed to the store&apos;s CRS. FIELD_MAP gives the reference column (app_ref=APP_REF; empty: suggested). A boundary replaces the stored one of the same app_ref when it differs; invalid polygons are kept as given, with a warning (tagging repairs them for its tests). A permission without a location gets a point on its boundary&apos;s surface. A boundary whose app_ref is not a permission in the store is loaded with a warning. One transaction. Counts: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="243"/>
        <source>Import starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="246"/>
        <source>Imports starts on site (app_ref, start_date, units) from a CSV, XLSX or table into the store&apos;s starts. A start is identified by its app_ref and start date: importing it again updates its units. Missing values, impossible dates, units that are not whole or negative, and duplicates are rejected to REJECTS with the reason. MODE upsert or replace; one transaction. Counts: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="261"/>
        <source>Import trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="264"/>
        <source>Imports housing trajectory projections (site_ref or app_ref, monitoring_year such as 2025/26, units, deliverable, evidence) from a CSV, XLSX or table into the store&apos;s trajectory. A projection is identified by its site_ref, app_ref and monitoring year: importing it again updates it. Imported projections are the officer&apos;s (source &apos;officer&apos;) unless a source is mapped. Rejected rows go to REJECTS with the reason. MODE upsert or replace; one transaction. Counts: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="29"/>
        <source>Monitoring summary tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/base.py" line="86"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="32"/>
        <source>Computes the monitoring figures of the store at a base date (a 31 March; empty: the latest 31 March) and writes five CSV tables into the output folder: completions_by_year.csv (net, gross and affordable completions by monitoring year, LPA, policy area and allocated or windfall), site_progress.csv (each allocation: capacity, permitted, completed, under construction, not started, remaining, percentage complete, flags), requirement_progress.csv (the plan, each policy area and each LPA against its requirement to date), five_year_supply.csv (the five-year housing land supply, step by step) and hdt.csv (the Housing Delivery Test and its consequence). Permissions count once per lineage (s73 variations replace their parent; reserved matters count the larger of outline and reserved matters); the settings come from the store&apos;s plan settings. Needs pandas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/base.py" line="93"/>
        <source>Base date (YYYY-MM-DD, a 31 March; empty: the latest 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="47"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="48"/>
        <source>Completions by year (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="49"/>
        <source>Site progress (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="50"/>
        <source>Requirement progress (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="51"/>
        <source>Five-year supply (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="52"/>
        <source>Housing Delivery Test (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="53"/>
        <source>Base date used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="54"/>
        <source>Years of housing land supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="55"/>
        <source>Housing Delivery Test (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="76"/>
        <source>Base date {}: {:,} net completions in the plan period; {} years of supply; HDT {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="72"/>
        <source>Not started (0%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="72"/>
        <source>Under 25% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="72"/>
        <source>25% to under 50%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="72"/>
        <source>50% to under 75%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="72"/>
        <source>75% to under 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="72"/>
        <source>Complete (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="124"/>
        <source>No figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="289"/>
        <source>{} changed by someone else since you loaded it; reload the review queue. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/copy_task.py" line="48"/>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="127"/>
        <source>Feature {} of {} cannot be transformed to {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="267"/>
        <source>Tagging stopped: {} changed by someone else since this run read them ({}); nothing was written. Run tagging again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="21"/>
        <source>Copy monitoring store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="24"/>
        <source>Copies every layer of a monitoring store into a new store: a GeoPackage onto a PostGIS server to share it, or a PostGIS store into a GeoPackage to archive or hand it round. DESTINATION is a new .gpkg file or a PostGIS store: postgresql://user@host:port/dbname?schema=NAME or service=NAME schema=NAME (the schema must not hold tables yet). Rows keep their fid, attributes, geometry and the tag_audit trail; plan settings are copied as stored. An existing store is never overwritten; a failure leaves no partial copy behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="36"/>
        <source>New store (.gpkg path, or PostGIS URI / service with schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="41"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="42"/>
        <source>Rows copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="48"/>
        <source>DESTINATION is empty: give a new .gpkg path or a PostGIS store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="56"/>
        <source>{}: {} rows copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/copy_store.py" line="58"/>
        <source>Fields outside the standard were not copied: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="396"/>
        <source>Tagging engine &apos;{}&apos; is not available for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="88"/>
        <source>{}.{} has &apos;{}&apos;, not one of the standard&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="93"/>
        <source>{} has {} more than once: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="97"/>
        <source>The store cannot be copied as it is; nothing was copied. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="326"/>
        <source>Net completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="327"/>
        <source>Projected: deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="328"/>
        <source>Projected: developable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="330"/>
        <source>Cumulative delivery (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="331"/>
        <source>Cumulative requirement (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="386"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="392"/>
        <source>Dwellings a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="392"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="306"/>
        <source>Folder {} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="322"/>
        <source>Could not write {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="1206"/>
        <source>the same app_ref as row {} of this file: merged into one red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="65"/>
        <source>Unknown report format {}; the formats are {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="69"/>
        <source>Choose at least one report format ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="74"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="102"/>
        <source>The logo of {} could not be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="132"/>
        <source>Housing trajectory: completions, projected delivery and the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="321"/>
        <source>Not in a council area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="323"/>
        <source>Net completions by monitoring year and council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="153"/>
        <source>Net homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="195"/>
        <source>Reports need jinja2; it ships with QGIS on Windows — on Linux install python3-jinja2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="198"/>
        <source>Computing the monitoring figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="205"/>
        <source>Gathering the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="212"/>
        <source>Position at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="215"/>
        <source>Drawing the maps and charts; writing HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="223"/>
        <source>Laying out the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="234"/>
        <source>Writing PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="238"/>
        <source>Writing ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="243"/>
        <source>Writing DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="252"/>
        <source>Writing XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="258"/>
        <source>Writing CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="181"/>
        <source>The image &apos;{}&apos; could not be drawn: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="185"/>
        <source>The image &apos;{}&apos; could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="83"/>
        <source>Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="102"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="232"/>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="86"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="234"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="235"/>
        <source>% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="88"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="307"/>
        <source>Plan area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="134"/>
        <source>Monitoring year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="145"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="331"/>
        <source>Net completions by monitoring year and policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="331"/>
        <source>Not in a policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="339"/>
        <source>Net completions on allocated sites and windfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="339"/>
        <source>Allocated sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="71"/>
        <source>Windfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="350"/>
        <source>Completions by monitoring year, council, policy area and allocated or windfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="473"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="72"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="73"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="145"/>
        <source>Affordable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="370"/>
        <source>Progress against the housing requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="145"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="100"/>
        <source>Plan requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="370"/>
        <source>Completions to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="103"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="370"/>
        <source>Affordable requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="370"/>
        <source>Affordable to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="397"/>
        <source>Five-year housing land supply at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="113"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="115"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="116"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="271"/>
        <source>Housing Delivery Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="411"/>
        <source>Homes required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="411"/>
        <source>Homes delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="425"/>
        <source>Progress on allocated sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="435"/>
        <source>Allocated sites: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="472"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="474"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="475"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="476"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="477"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="478"/>
        <source>Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="481"/>
        <source>Permissions that lapsed unimplemented by the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="487"/>
        <source>Permissions superseded by a later permission (counted once, in the later one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="496"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="500"/>
        <source>Superseded permissions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="500"/>
        <source>Type of the superseded permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="500"/>
        <source>Net homes (not counted again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="514"/>
        <source>Tags waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="514"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="521"/>
        <source>Rows refused by the importers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="521"/>
        <source>Rejects file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="521"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="537"/>
        <source>Net completions in {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="538"/>
        <source>Net completions since the start of the plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="540"/>
        <source>Difference from the requirement to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="544"/>
        <source>Five-year housing land supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="544"/>
        <source>{} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="547"/>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="547"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="52"/>
        <source>Council areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="202"/>
        <source>Allocated sites by % complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="75"/>
        <source>Allocated sites in {} by % complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="271"/>
        <source>Data: JLP Monitor store {}, position at {}. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="280"/>
        <source>Allocated sites by progress: the plan area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="290"/>
        <source>Allocated sites by progress: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="69"/>
        <source>Template file not found: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="75"/>
        <source>Unknown report template &apos;{}&apos;; known templates: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="148"/>
        <source>Template {} (line {}) was refused: it reaches for something templates may not use (SecurityError: {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="156"/>
        <source>Template {}, line {}: syntax error: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="160"/>
        <source>Template {}: cannot find template {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="165"/>
        <source>Template {}, line {}: {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/writers.py" line="131"/>
        <source>Cannot write the PDF {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/writers.py" line="498"/>
        <source>Page {} of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/writers.py" line="180"/>
        <source>Cannot write the ODT {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/writers.py" line="265"/>
        <source>Word (DOCX) needs the python-docx package, which is not installed (Debian: python3-docx; Windows: pip install python-docx in the OSGeo4W shell). The ODT file opens in Word: choose the odt format instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/writers.py" line="538"/>
        <source>This GDAL has no XLSX driver; choose the csv format instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="26"/>
        <source>Brownfield Land Register (2017 standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="27"/>
        <source>planning.data.gov.uk: brownfield-land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="28"/>
        <source>planning.data.gov.uk: local-plan-housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="34"/>
        <source>The register each council publishes: the 28 columns of the 2017 data standard, one row per brownfield permission (brownfield = 1), its point in WGS84 and the hectares of its red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="38"/>
        <source>The same sites with exactly the fields of the brownfield-land dataset of planning.data.gov.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="41"/>
        <source>One row per LPA: the plan&apos;s housing requirement and the capacity of its allocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="62"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="58"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="61"/>
        <source>Choose where to save the CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="63"/>
        <source>Write the chosen CSV from the open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="64"/>
        <source>Each council publishes its own register: choose one, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="103"/>
        <source>All authorities of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="123"/>
        <source>Open a monitoring store to export from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="142"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="157"/>
        <source>Choose a CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="166"/>
        <source>Export failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="172"/>
        <source>{rows} rows written to {path}. &lt;a href=&quot;{link}&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/report_task.py" line="34"/>
        <source>Monitoring report from {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/report_task.py" line="57"/>
        <source>The report failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/report_task.py" line="59"/>
        <source>Report written in {:.1f} s: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="30"/>
        <source>The housing chapter of the Authority Monitoring Report: headline figures, completions by year and area, trajectory, requirement, five-year supply, HDT, site schedules, lapsed permissions, data quality and maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="35"/>
        <source>Progress on each allocated site, a section and a map per council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="36"/>
        <source>The Housing Position Statement: the five-year housing land supply step by step, the HDT and the trajectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="45"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="45"/>
        <source>A web page with everything in it (images included): publish or e-mail it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="46"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="46"/>
        <source>A4 with page numbers and a running header, for publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="47"/>
        <source>ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="47"/>
        <source>OpenDocument text: opens in Word and LibreOffice for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="48"/>
        <source>DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="48"/>
        <source>Word document (needs the python-docx package; otherwise choose ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="49"/>
        <source>XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="49"/>
        <source>Every table of the report as a sheet of one spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="50"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="50"/>
        <source>Every table of the report as a CSV file, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="65"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="66"/>
        <source>The built-in templates, then your own .html.j2 files from the template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="70"/>
        <source>Choose the folder of your own templates (jinja2 .html.j2 files, rendered in a sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="73"/>
        <source>Base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="75"/>
        <source>The 31 March the report is made at (the end of a monitoring year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="76"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="84"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="85"/>
        <source>Where the report files are written (files of the same name are replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="89"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="90"/>
        <source>Make report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="91"/>
        <source>Make the report in the background; QGIS stays usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="93"/>
        <source>Stop making the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="94"/>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="95"/>
        <source>Open the report just made (PDF, else HTML, else the first file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="96"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="97"/>
        <source>Open the folder the report was written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="98"/>
        <source>Open as print layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="99"/>
        <source>Add the report&apos;s maps to the project&apos;s print layouts, to adjust them with QGIS&apos;s tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="161"/>
        <source>{} (your template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="172"/>
        <source>Your template: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="176"/>
        <source>Folder of your report templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="196"/>
        <source>Open a monitoring store to make its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="204"/>
        <source>Write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="217"/>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="220"/>
        <source>Choose a folder to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="241"/>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="317"/>
        <source>The print layouts could not be made: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="321"/>
        <source>{} print layouts added to the project (Project ▸ Layout Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="24"/>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="27"/>
        <source>Writes the monitoring report of the store at a base date (a 31 March; empty: the latest 31 March) from a template: housing_monitoring_report (the housing chapter of the Authority Monitoring Report: headline figures, completions, trajectory, requirement, five-year supply, HDT, site schedules, lapsed permissions, data quality, maps), site_schedule or five_year_supply_statement; or the name of a template in the plugin&apos;s template folder, or the path of a .html.j2 file. FORMATS is a comma-separated list of html, pdf, odt, docx, xlsx and csv: HTML is self-contained, PDF has page numbers, ODT opens in Word and LibreOffice, DOCX needs the python-docx package, XLSX holds every table as a sheet, CSV writes a file per table into a folder. Maps are drawn by QGIS (no basemap). Templates are rendered in jinja2&apos;s sandbox. Needs pandas and jinja2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="42"/>
        <source>Template (name, or path of a .html.j2 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="49"/>
        <source>Formats (comma-separated: html,pdf,odt,docx,xlsx,csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="57"/>
        <source>Report (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="58"/>
        <source>Report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="59"/>
        <source>Report (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="60"/>
        <source>Report (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="61"/>
        <source>Report tables (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="62"/>
        <source>Report tables (CSV folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="88"/>
        <source>Report {} at {} written in {:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/copy_task.py" line="22"/>
        <source>Copying {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/copy_task.py" line="35"/>
        <source>The copy failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/copy_task.py" line="38"/>
        <source>Copied to {destination}: {rows} rows in {layers} layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/copy_task.py" line="42"/>
        <source>Not copied (outside the standard): {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="35"/>
        <source>Open monitoring store on PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="36"/>
        <source>Create monitoring store on PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="37"/>
        <source>Copy monitoring store to PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="40"/>
        <source>Open the store held in a schema of a PostgreSQL/PostGIS database that QGIS has a saved connection to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="44"/>
        <source>Create a new store: its tables, keys, checks and indexes are made in a new schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="45"/>
        <source>Copy the open store, with its audit trail and plan settings, into a new schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="49"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="50"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="52"/>
        <source>A PostgreSQL connection saved in QGIS (Browser panel ▸ PostgreSQL ▸ New Connection…); its login comes from QGIS's authentication database or service file, never from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="58"/>
        <source>Letters, digits and _ only, starting with a letter or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="73"/>
        <source>QGIS has no saved PostgreSQL connection. Add one in the Browser panel (PostgreSQL ▸ New Connection…), then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="597"/>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_chart.py" line="57"/>
        <source>The trajectory chart needs core/charts.py, which this build of the plugin lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_models.py" line="188"/>
        <source>over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_models.py" line="189"/>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_models.py" line="190"/>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="32"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="69"/>
        <source>Monitoring year, 1 April to 31 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="70"/>
        <source>Net completions on allocation sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="71"/>
        <source>Net completions not on an allocation site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="72"/>
        <source>Net completions: gains less losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="73"/>
        <source>Gross completions: gains only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="74"/>
        <source>Affordable completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="80"/>
        <source>Double-click a site to zoom the map to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="81"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="81"/>
        <source>Completed ÷ capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="82"/>
        <source>Homes capacity of the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="83"/>
        <source>Net units of extant or implemented permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="84"/>
        <source>Net completions up to the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="85"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="85"/>
        <source>Units started and not yet completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="86"/>
        <source>Permitted units not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="87"/>
        <source>Unpermitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="87"/>
        <source>Capacity with no permission yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="88"/>
        <source>over capacity, stalled, no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="141"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="98"/>
        <source>Net homes required over the plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="99"/>
        <source>Required to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="99"/>
        <source>Requirement for the years elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="102"/>
        <source>Net completions in the plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="103"/>
        <source>Completed − required to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="104"/>
        <source>Affordable req.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="104"/>
        <source>Affordable homes required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="107"/>
        <source>Affordable done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="107"/>
        <source>Affordable completions to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="114"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="123"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="124"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="129"/>
        <source>Monitoring &amp; Reports: the monitoring figures of the open store at a base date — completions by year, site progress, progress against the requirement, the five-year land supply step by step, the Housing Delivery Test and the trajectory chart — for the plan, a policy area or an LPA; with the trajectory and the plan settings to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="265"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="244"/>
        <source>The 31 March the position is taken at: figures count to the end of that monitoring year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="248"/>
        <source>The plan, a policy area or an LPA: completions, sites and chart follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="252"/>
        <source>Read the store again and compute the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="254"/>
        <source>Stop computing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="255"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="256"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="257"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="259"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="260"/>
        <source>Completions, site progress, requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="263"/>
        <source>Five-year land supply and the HDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="264"/>
        <source>The housing trajectory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="265"/>
        <source>Edit the officer trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="266"/>
        <source>Edit the plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="267"/>
        <source>Colour on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="268"/>
        <source>Colour the allocations on the map by percentage complete, labelled with their site ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="289"/>
        <source>Double-click a site to zoom the map to it and select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="290"/>
        <source>The five-year supply as a statement sets it out, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="353"/>
        <source>This panel will show the store&apos;s completions by year, site progress, progress against the requirement, the five-year land supply, the Housing Delivery Test and the trajectory chart, once a store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="399"/>
        <source>31 March {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="401"/>
        <source>The position at the end of monitoring year {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="250"/>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="529"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="594"/>
        <source>Completions by monitoring year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="595"/>
        <source>Site progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="596"/>
        <source>Progress against the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="611"/>
        <source>Figures at 31 March {} (end of {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="645"/>
        <source>Completions by monitoring year — {}: {} net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="656"/>
        <source>Site progress — {} sites, {} flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="661"/>
        <source>Progress against the requirement (plan period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="662"/>
        <source>Housing trajectory — {} (base date {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="672"/>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="675"/>
        <source>{:.2f} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="679"/>
        <source>plan basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="679"/>
        <source>local housing need basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="680"/>
        <source>Sedgefield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="680"/>
        <source>Liverpool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="682"/>
        <source>a surplus of {} homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="682"/>
        <source>a shortfall of {} homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="687"/>
        <source>Five-year housing land supply at {base} for {period} ({basis}, {method}, {buffer} buffer): supply {supply} against a requirement of {requirement} — {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="705"/>
        <source>Not measured: no plan years up to the base date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="707"/>
        <source>{pct:.1f}% — delivered {delivered} of {required} required; consequence: {consequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="730"/>
        <source>The store&apos;s allocations are not in the project; open the store to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_task.py" line="47"/>
        <source>Monitoring figures of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_task.py" line="81"/>
        <source>The monitoring figures could not be computed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_task.py" line="91"/>
        <source>Computing the figures was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="101"/>
        <source>Local housing need (LHN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="102"/>
        <source>Sedgefield (all of the shortfall in five years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="103"/>
        <source>Liverpool (spread over the rest of the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="104"/>
        <source>Automatic (5%, or 20% when the HDT is below 85%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="105"/>
        <source>Set percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="136"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="137"/>
        <source>Plan start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="138"/>
        <source>Plan end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="139"/>
        <source>The first day of the plan period (a 1 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="140"/>
        <source>The last day of the plan period (a 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="142"/>
        <source>Net homes required over the plan period, for the plan, each policy area and each LPA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="146"/>
        <source>Stepped requirement (JSON, e.g. {&quot;PLAN&quot;: {&quot;2024/25&quot;: 1200}}); empty for the flat average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="149"/>
        <source>Monitoring years and homes for areas whose requirement is stepped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="150"/>
        <source>Five-year supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="151"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="152"/>
        <source>The requirement the five-year supply and the HDT are measured against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="155"/>
        <source>Local housing need a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="156"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="157"/>
        <source>The standard-method local housing need figure (homes a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="158"/>
        <source>Shortfall method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="159"/>
        <source>How a shortfall against the plan requirement is made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="160"/>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="161"/>
        <source>The buffer added to the five-year requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="162"/>
        <source>Windfall allowance a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="163"/>
        <source>Small-sites windfall homes a year added to the supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="164"/>
        <source>Windfall in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="167"/>
        <source>Count the windfall allowance in year {} of the five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="169"/>
        <source>Share of not-started homes on small sites taken off the supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="170"/>
        <source>Small site below (homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="171"/>
        <source>A site with fewer net homes than this is small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="172"/>
        <source>Permission expiry (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="173"/>
        <source>Years from decision after which a permission lapses, unless it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="174"/>
        <source>Trajectory defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="175"/>
        <source>Default build-out for the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="176"/>
        <source>Sites and permissions with no officer rows get a build-out from these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="179"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="180"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="181"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="182"/>
        <source>From homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="183"/>
        <source>A site of at least this many homes is of this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="184"/>
        <source>Lead-in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="185"/>
        <source>Whole years after the base date before the first completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="186"/>
        <source>Homes a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="187"/>
        <source>Build-out rate once building has begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="188"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="189"/>
        <source>Check and write these settings to the store; the figures follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="190"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="191"/>
        <source>Show the store&apos;s settings again, dropping what was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="305"/>
        <source>The {} requirement of {} is &apos;{}&apos;, not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="305"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="305"/>
        <source>affordable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="315"/>
        <source>The stepped requirement is not valid JSON: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="319"/>
        <source>Local housing need &apos;{}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="350"/>
        <source>Give the plan a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="354"/>
        <source>The plan end must come after the plan start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="356"/>
        <source>The plan period runs from a 1 April to a 31 March (whole monitoring years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="359"/>
        <source>The whole plan needs a total requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="363"/>
        <source>The requirement of {} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="365"/>
        <source>The affordable requirement of {} is more than its total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="367"/>
        <source>The LHN basis needs the local housing need figure (homes a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="370"/>
        <source>A medium site must start below a large one (trajectory defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="393"/>
        <source>Nothing to save: the settings are as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="398"/>
        <source>The settings could not be written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="401"/>
        <source>Saved {} settings: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="30"/>
        <source>The allocation the projection is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="31"/>
        <source>The permission the projection is for, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="32"/>
        <source>Monitoring year (1 April to 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="136"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="33"/>
        <source>Net homes expected to be completed in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="34"/>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="34"/>
        <source>Counts towards the five-year supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="35"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="35"/>
        <source>officer: entered here; default: a build-out from settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="142"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="36"/>
        <source>Why the units are expected (NPPF Annex 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="61"/>
        <source>The new trajectory row could not be found after writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="94"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="94"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="122"/>
        <source>Officer projections of net homes per site (or permission) per monitoring year. A site with any row here gets no default build-out. Select a row to change or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="128"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="130"/>
        <source>The allocation site (site_ref); leave empty for a windfall permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="132"/>
        <source>app_ref (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="133"/>
        <source>The permission (app_ref) the projection is for, if not a whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="135"/>
        <source>The monitoring year (1 April to 31 March) the homes are expected in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="137"/>
        <source>Net homes expected in the year (negative for losses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="138"/>
        <source>Deliverable (five-year supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="139"/>
        <source>NPPF Annex 2: available now, suitable, achievable within five years; needs evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="143"/>
        <source>e.g. developer&apos;s programme, March 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="144"/>
        <source>Why these homes are expected; required for a deliverable row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="145"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="146"/>
        <source>Add the row in the form to the store&apos;s trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="147"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="148"/>
        <source>Write the form over the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="150"/>
        <source>Delete the selected row from the store&apos;s trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="152"/>
        <source>Undo the last change made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="275"/>
        <source>Choose the site (or give the permission) the projection is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="277"/>
        <source>Site {} is not an allocation in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="281"/>
        <source>Permission {} is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="283"/>
        <source>Choose the monitoring year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="285"/>
        <source>A deliverable row needs its evidence (NPPF Annex 2: clear evidence that the homes will be completed within five years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="298"/>
        <source>There is already a row for {} in {}; select it and change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="338"/>
        <source>The row could not be written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="320"/>
        <source>Added {} homes for {} in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="341"/>
        <source>Changed the row for {} in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="355"/>
        <source>Deleted the row for {} in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="375"/>
        <source>The change could not be undone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="377"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="36"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="37"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="126"/>
        <source>Open monitoring store on PostGIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="126"/>
        <source>Open a store shared on a PostgreSQL/PostGIS server, through a connection saved in QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="133"/>
        <source>Create monitoring store on PostGIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="133"/>
        <source>Create an empty store in a new schema of a PostGIS database, then open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="140"/>
        <source>Copy monitoring store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="140"/>
        <source>Copy the open store, audit trail and settings included, to a new GeoPackage or PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="302"/>
        <source>Could not create the monitoring store. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="318"/>
        <source>Open a monitoring store first, then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="325"/>
        <source>Copy {} to a new GeoPackage file or to a schema on a PostGIS server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="328"/>
        <source>GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="329"/>
        <source>PostGIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="333"/>
        <source>Copy monitoring store to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="71"/>
        <source>The whole store — every layer, the audit trail and the plan settings — can be copied to a new GeoPackage or to a schema on a PostGIS server (to share it, or to keep a snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="78"/>
        <source>Copy the open store to a new GeoPackage or PostGIS schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
