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
        <location filename="../jlp_monitor_plugin/core/project.py" line="29"/>
        <source>Allocations</source>
        <translation>Dyraniadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="30"/>
        <source>Plan areas (LPA × policy area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="31"/>
        <source>Permissions</source>
        <translation>Caniatadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="32"/>
        <source>Permission boundaries</source>
        <translation>Ffiniau caniatâd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="33"/>
        <source>Completions</source>
        <translation>Cwblhadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="34"/>
        <source>Starts</source>
        <translation>Dechreuadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="35"/>
        <source>Trajectory</source>
        <translation>Trywydd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="36"/>
        <source>Tag audit</source>
        <translation>Archwiliad tagiau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="37"/>
        <source>Plan settings</source>
        <translation>Gosodiadau'r cynllun</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="90"/>
        <source>JLP Monitor – {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="107"/>
        <source>Tables</source>
        <translation>Tablau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="100"/>
        <source>In review</source>
        <translation>Yn cael ei adolygu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="101"/>
        <source>Allocated</source>
        <translation>Wedi'i ddyrannu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="102"/>
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
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="24"/>
        <source>JLP Monitor</source>
        <translation>Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="27"/>
        <source>JLP Monitor {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="14"/>
        <source>Monitoring &amp; Reports: the monitoring figures of the open store for a base date, and the annual monitoring report made from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="31"/>
        <source>Monitoring &amp; Reports</source>
        <translation>Monitro ac Adroddiadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="22"/>
        <source>Monitoring &amp; Reports — coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="22"/>
        <source>This panel will hold completions by year, site progress, progress against the requirement, the five-year land supply, the Housing Delivery Test, the trajectory chart, and the monitoring reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="303"/>
        <source>No monitoring store open (JLP Monitor ▸ Open monitoring store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="308"/>
        <source>Store: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="33"/>
        <source>Monitoring &amp;&amp; Reports</source>
        <translation>Monitro ac Adroddiadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="613"/>
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
        <location filename="../jlp_monitor_plugin/plugin.py" line="101"/>
        <source>&amp;JLP Monitor</source>
        <translation>&amp;Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="102"/>
        <source>Open monitoring store…</source>
        <translation>Agor storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="102"/>
        <source>Open a monitoring store (GeoPackage): add its layers to the project and list its sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="109"/>
        <source>Create monitoring store…</source>
        <translation>Creu storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="109"/>
        <source>Create an empty monitoring store with the plan settings of a preset, then open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="200"/>
        <source>Open monitoring store</source>
        <translation>Agor storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="218"/>
        <source>Could not open the monitoring store. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="231"/>
        <source>Loaded store {name}: {allocations} allocations, {permissions} permissions, {completions} completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="249"/>
        <source>The Processing plugin is not available; enable it in the Plugin Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="273"/>
        <source>This project's monitoring store {} was not found. Open it again with JLP Monitor ▸ Open monitoring store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="281"/>
        <source>This project&apos;s monitoring store could not be opened. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="59"/>
        <source>Multiple sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="60"/>
        <source>Partial overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="61"/>
        <source>Near boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="62"/>
        <source>Location conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="63"/>
        <source>No geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="195"/>
        <source>A manual change of a tag needs a reason (DOMAIN.md §3, rule 8); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="211"/>
        <source>&apos;{}&apos; is not a layer that is tagged; use permissions or completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="217"/>
        <source>No features were given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="257"/>
        <source>Not found in the store: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="319"/>
        <source>No candidate site to accept for: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="340"/>
        <source>There is no allocation site &apos;{}&apos; in the store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="397"/>
        <source>Changed since, so not restored: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="410"/>
        <source>undo: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="416"/>
        <source>redo: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="317"/>
        <source>automatic: follows its permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="319"/>
        <source>automatic: no longer in an allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="320"/>
        <source>automatic: lies in the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="350"/>
        <source>TARGETS must be one of {}, not &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_dock.py" line="17"/>
        <source>Review: the permissions and completions whose tag to an allocation site is doubtful, grouped by reason. Select one to see it and its candidate site on the map, then accept the candidate, confirm the tag as it is, assign it by clicking a site, untag or lock it — each with a reason, audited and undoable. Tag store runs the automatic tagging in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="66"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="66"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="66"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="66"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="66"/>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="360"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="70"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="70"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="122"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="124"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="124"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="124"/>
        <source>Old → new site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="124"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="124"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="134"/>
        <source>History of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="136"/>
        <source>{layer} {key}: 1 recorded change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="140"/>
        <source>{layer} {key}: {count} recorded changes, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="146"/>
        <source>{layer} {key}: no change of its tag has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="150"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="239"/>
        <source>The review queue: permissions and completions whose tag to an allocation site is doubtful — multiple sites, partial overlaps, near misses, location conflicts, missing geometry — grouped by reason, for you to accept, reassign on the map, untag or lock. Every change is audited and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="248"/>
        <source>Tag store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="248"/>
        <source>Tag every permission and completion to the allocation sites (locked tags are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="253"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="253"/>
        <source>Stop tagging; the store is left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="674"/>
        <source>Accept candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="254"/>
        <source>Tag the selected features to their candidate site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="682"/>
        <source>Confirm as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="259"/>
        <source>Keep the selected features&apos; tags and clear their review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="264"/>
        <source>Assign on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="264"/>
        <source>Click a site on the map to tag the selected features to it (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="690"/>
        <source>Untag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="269"/>
        <source>Tag the selected features to no site (windfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="698"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="270"/>
        <source>Keep the selected features&apos; tags from automatic tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="698"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="271"/>
        <source>Let automatic tagging test the selected features again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="272"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="272"/>
        <source>Show the audit trail of the selected feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="277"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="278"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="279"/>
        <source>Select a feature to see it and its candidate site on the map; select several, or a whole group, to decide for them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="322"/>
        <source>The review queue could not be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="342"/>
        <source>{reason} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="453"/>
        <source>Nothing to review: every tag is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="455"/>
        <source>1 feature to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="457"/>
        <source>{} features to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="459"/>
        <source>{} of them locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="473"/>
        <source>Undo: {} (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="476"/>
        <source>Redo: {} (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="557"/>
        <source>{} has no geometry to show on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="623"/>
        <source>Reason for this change (required; it is kept in the tag audit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="643"/>
        <source>A manual change needs a reason; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="655"/>
        <source>Nothing to change for the selected features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="664"/>
        <source>None of the selected features has a candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="669"/>
        <source>Tagged {} features to their candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="671"/>
        <source>{} without a candidate were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="682"/>
        <source>Confirmed the tags of {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="690"/>
        <source>Untagged {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="698"/>
        <source>Locked {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="698"/>
        <source>Unlocked {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="706"/>
        <source>Assign to site {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="706"/>
        <source>Tagged {count} features to site {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="720"/>
        <source>Undone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="723"/>
        <source>Redone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="762"/>
        <source>Click the allocation site for the {} selected features on the map; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="795"/>
        <source>No allocation site there: click inside a site, or press Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="799"/>
        <source>Assigning on the map was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="834"/>
        <source>Tagging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="846"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="26"/>
        <source>Tagging {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="55"/>
        <source>Tagging was cancelled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="45"/>
        <source>Tagging failed; the store was left as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_task.py" line="47"/>
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
</context>
</TS>
