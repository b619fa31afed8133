<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>@default</name>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="99"/>
        <source>Source {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="101"/>
        <source>{} has no layer named after the monitoring data standard ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="224"/>
        <source>the layer has no &apos;{}&apos; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="226"/>
        <source>required field &apos;{}&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="230"/>
        <source>neither completion_date nor monitoring_year is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="209"/>
        <source>{} &apos;{}&apos; is already in the store or earlier in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="240"/>
        <source>geometry cannot be transformed to the store&apos;s CRS ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="245"/>
        <source>a {} geometry where a polygon is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="46"/>
        <source>Allocations</source>
        <translation>Dyraniadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="47"/>
        <source>Plan areas (LPA × policy area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="21"/>
        <source>Permissions</source>
        <translation>Caniatadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="49"/>
        <source>Permission boundaries</source>
        <translation>Ffiniau caniatâd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="22"/>
        <source>Completions</source>
        <translation>Cwblhadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="24"/>
        <source>Starts</source>
        <translation>Dechreuadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="166"/>
        <source>Trajectory</source>
        <translation>Trywydd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="53"/>
        <source>Tag audit</source>
        <translation>Archwiliad tagiau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="47"/>
        <source>Plan settings</source>
        <translation>Gosodiadau'r cynllun</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="147"/>
        <source>JLP Monitor – {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="166"/>
        <source>Tables</source>
        <translation>Tablau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="182"/>
        <source>In review</source>
        <translation>Yn cael ei adolygu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="183"/>
        <source>Allocated</source>
        <translation>Wedi'i ddyrannu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="184"/>
        <source>Windfall / untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="58"/>
        <source>Monitoring store</source>
        <translation>Storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="24"/>
        <source>Create monitoring store</source>
        <translation>Creu storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="37"/>
        <source>New monitoring store</source>
        <translation>Storfa fonitro newydd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="37"/>
        <source>GeoPackage (*.gpkg *.GPKG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="43"/>
        <source>Plan settings preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="71"/>
        <source>Created {} with layers {} and the &apos;{}&apos; plan settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="23"/>
        <source>Load standard layers into store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="42"/>
        <source>Source GeoPackage (standard layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="54"/>
        <source>Rejected rows</source>
        <translation>Rhesi a wrthodwyd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="54"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="99"/>
        <source>{} row {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="113"/>
        <source>{} rows were rejected; set REJECTS to keep them with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="95"/>
        <source>JLP Monitor</source>
        <translation>Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="98"/>
        <source>JLP Monitor {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/__init__.py" line="24"/>
        <source>No monitoring store open (JLP Monitor ▸ Open monitoring store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/__init__.py" line="27"/>
        <source>Store: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="35"/>
        <source>Monitoring &amp;&amp; Reports</source>
        <translation>Monitro ac Adroddiadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="355"/>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="50"/>
        <source>Site ref</source>
        <translation>Cyf. safle</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="50"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="50"/>
        <source>LPA</source>
        <translation>ACLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="50"/>
        <source>Policy area</source>
        <translation>Ardal bolisi</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="50"/>
        <source>Capacity</source>
        <translation>Capasiti</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="54"/>
        <source>Sites: the allocation sites of the open monitoring store, with their LPA, policy area and homes capacity. Type in the filter box to narrow the list, click a column header to sort, and select a site to zoom the map to it (double-click to zoom again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="279"/>
        <source>Sites</source>
        <translation>Safleoedd</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="76"/>
        <source>Filter by site ref, name, LPA or policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="77"/>
        <source>Show only the sites whose ref, name, LPA or policy area contain this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="78"/>
        <source>Select a site to zoom the map to it; double-click to zoom again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="119"/>
        <source>Open a monitoring store (JLP Monitor ▸ Open monitoring store…) to list its allocation sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="132"/>
        <source>The allocation sites could not be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="207"/>
        <source>No allocation sites in this store yet.</source>
        <translation>Dim safleoedd dyrannu yn y storfa hon eto.</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="209"/>
        <source>1 allocation · capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="211"/>
        <source>{count} allocations · capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="215"/>
        <source>{shown} of {count} allocations · capacity {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/sites_dock.py" line="241"/>
        <source>Site {} has no geometry to zoom to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="122"/>
        <source>&amp;JLP Monitor</source>
        <translation>&amp;Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="123"/>
        <source>Open monitoring store…</source>
        <translation>Agor storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="123"/>
        <source>Open a monitoring store (GeoPackage): add its layers to the project and list its sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="130"/>
        <source>Create monitoring store…</source>
        <translation>Creu storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="312"/>
        <source>Open monitoring store</source>
        <translation>Agor storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="339"/>
        <source>Could not open the monitoring store. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="353"/>
        <source>Loaded store {name}: {allocations} allocations, {permissions} permissions, {completions} completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="510"/>
        <source>This project's monitoring store {} was not found. Open it again with JLP Monitor ▸ Open monitoring store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="518"/>
        <source>This project&apos;s monitoring store could not be opened. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="35"/>
        <source>Multiple sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="36"/>
        <source>Partial overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="37"/>
        <source>Near boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="38"/>
        <source>Location conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review.py" line="39"/>
        <source>No geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_decisions.py" line="47"/>
        <source>A manual change of a tag needs a reason (DOMAIN.md §3, rule 8); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_state.py" line="65"/>
        <source>&apos;{}&apos; is not a layer that is tagged; use permissions or completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_state.py" line="71"/>
        <source>No features were given; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_state.py" line="111"/>
        <source>Not found in the store: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_decisions.py" line="135"/>
        <source>No candidate site to accept for: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_decisions.py" line="156"/>
        <source>There is no allocation site &apos;{}&apos; in the store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_history.py" line="44"/>
        <source>Changed since, so not restored: {}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_history.py" line="68"/>
        <source>undo: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_history.py" line="74"/>
        <source>redo: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="207"/>
        <source>automatic: follows its permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="209"/>
        <source>automatic: no longer in an allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="210"/>
        <source>automatic: lies in the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="255"/>
        <source>TARGETS must be one of {}, not &apos;{}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_dock.py" line="17"/>
        <source>Review: the permissions and completions whose tag to an allocation site is doubtful, grouped by reason. Select one to see it and its candidate site on the map, then accept the candidate, confirm the tag as it is, assign it by clicking a site, untag or lock it — each with a reason, audited and undoable. Tag store runs the automatic tagging in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_queue_view.py" line="23"/>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_queue_view.py" line="23"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="130"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_queue_view.py" line="23"/>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_queue_view.py" line="23"/>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_queue_view.py" line="70"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="132"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="21"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="40"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="43"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="43"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="43"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="61"/>
        <source>History of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="63"/>
        <source>{layer} {key}: 1 recorded change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="65"/>
        <source>{layer} {key}: {count} recorded changes, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="71"/>
        <source>{layer} {key}: no change of its tag has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="75"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="153"/>
        <source>The review queue: permissions and completions whose tag to an allocation site is doubtful — multiple sites, partial overlaps, near misses, location conflicts, missing geometry — grouped by reason, for you to accept, reassign on the map, untag or lock. Every change is audited and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="162"/>
        <source>Tag store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="162"/>
        <source>Tag every permission and completion to the allocation sites (locked tags are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="167"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="167"/>
        <source>Stop tagging; the store is left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="168"/>
        <source>Accept candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="168"/>
        <source>Tag the selected features to their candidate site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="173"/>
        <source>Confirm as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="173"/>
        <source>Keep the selected features&apos; tags and clear their review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="178"/>
        <source>Assign on map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="178"/>
        <source>Click a site on the map to tag the selected features to it (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="183"/>
        <source>Untag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="183"/>
        <source>Tag the selected features to no site (windfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="184"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="184"/>
        <source>Keep the selected features&apos; tags from automatic tagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="185"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="185"/>
        <source>Let automatic tagging test the selected features again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="186"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="186"/>
        <source>Show the audit trail of the selected feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="152"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="192"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="193"/>
        <source>Select a feature to see it and its candidate site on the map; select several, or a whole group, to decide for them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="235"/>
        <source>The review queue could not be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_queue_view.py" line="54"/>
        <source>{reason} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="292"/>
        <source>Nothing to review: every tag is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="294"/>
        <source>1 feature to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="296"/>
        <source>{} features to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="298"/>
        <source>{} of them locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="313"/>
        <source>Undo: {} (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="316"/>
        <source>Redo: {} (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_dialog.py" line="73"/>
        <source>Reason for this change (required; it is kept in the tag audit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="129"/>
        <source>A manual change needs a reason; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="143"/>
        <source>Nothing to change for the selected features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="170"/>
        <source>None of the selected features has a candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="181"/>
        <source>{} without a candidate were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="197"/>
        <source>Confirmed the tags of {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="208"/>
        <source>Untagged {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="218"/>
        <source>Locked {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="220"/>
        <source>Unlocked {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="230"/>
        <source>Assign to site {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="291"/>
        <source>Undone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="294"/>
        <source>Redone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="328"/>
        <source>Click the allocation site for the {} selected features on the map; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="361"/>
        <source>No allocation site there: click inside a site, or press Esc to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="368"/>
        <source>Assigning on the map was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_run.py" line="36"/>
        <source>Tagging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/tag_run.py" line="48"/>
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
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="61"/>
        <source>Tagging was cancelled; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="62"/>
        <source>Tagged {tagged}, review {review}, untagged {untagged}, unchanged {unchanged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="262"/>
        <source>Allocation site {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="361"/>
        <source>Housing numbers for {lpa} in the {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/exports.py" line="400"/>
        <source>Unknown dataset &apos;{}&apos;; choose one of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="148"/>
        <source>The field map maps {target} to &apos;{source}&apos;, which is not a column of {name}. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="148"/>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="173"/>
        <source>&apos;{}&apos; in the field map has no &apos;=&apos;: write target=source, e.g. app_ref=Application Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="182"/>
        <source>&apos;{}&apos; in the field map names no target field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="184"/>
        <source>The field map names &apos;{name}&apos;, which is not a field an import into {target} can fill ({fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="191"/>
        <source>The field map names {} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="583"/>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="130"/>
        <source>{name} → {target}: read {read}, inserted {inserted}, updated {updated} ({changed} changed, {unchanged} unchanged), rejected {rejected}, deleted {deleted}, warnings {warnings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="92"/>
        <source>SOURCE_CRS &apos;{}&apos; is not a coordinate reference system QGIS knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="103"/>
        <source>Unknown import target &apos;{}&apos;; choose one of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="107"/>
        <source>Unknown MODE &apos;{}&apos;; choose upsert or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="129"/>
        <source>No field map given; mapped from the headings: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="137"/>
        <source>{} is not a field of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="147"/>
        <source>Give both X_FIELD and Y_FIELD, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="150"/>
        <source>{} has no geometry: X_FIELD and Y_FIELD are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="173"/>
        <source>{} has no CRS: set SOURCE_CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="175"/>
        <source>{name} is in {crs}; SOURCE_CRS applies to X/Y columns only and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="181"/>
        <source>Boundaries are imported from a polygon layer (Shapefile, GeoPackage, GeoJSON); {} has no polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="227"/>
        <source>{parameter} &apos;{wanted}&apos; is not a column of {name}. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="269"/>
        <source>net_units (or units_proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="274"/>
        <source>completion_date or monitoring_year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="283"/>
        <source>site_ref or app_ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="287"/>
        <source>The field map gives no column for {missing} (required in {layer}). {name} has the columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="310"/>
        <source>completion source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="315"/>
        <source>trajectory source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="324"/>
        <source>; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="374"/>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="390"/>
        <source>neither site_ref nor app_ref is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="401"/>
        <source>is empty: net_units is required (from units_proposed − units_existing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="414"/>
        <source>is empty: {} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="130"/>
        <source>the coordinates are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="134"/>
        <source>no coordinates: loaded without a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="137"/>
        <source>only one of the two coordinates is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="140"/>
        <source>0, 0 is not a location: loaded without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="159"/>
        <source>geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="214"/>
        <source>latitude and longitude look swapped (the Y column holds the longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="221"/>
        <source>X and Y look swapped (the X column holds the northing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="188"/>
        <source>outside the plan area (more than 10 km from its areas and allocations); loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="197"/>
        <source>these look like eastings/northings, not longitude/latitude ({}): set SOURCE_CRS (e.g. EPSG:27700)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="202"/>
        <source>these look like longitude/latitude, not {}: set SOURCE_CRS to EPSG:4326</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="222"/>
        <source>outside the area of use of the plan&apos;s CRS {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="236"/>
        <source>not a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="242"/>
        <source>the polygon is not valid; kept as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="249"/>
        <source>several points, not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="261"/>
        <source>the red line is not valid; kept as given, its point taken from the repaired shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="272"/>
        <source>no point on the polygon&apos;s surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="277"/>
        <source>cannot be transformed to the store&apos;s CRS ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="279"/>
        <source>a line, where a point or polygon is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="455"/>
        <source>the same {} as row {} of this file (a duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="303"/>
        <source>The import of {} failed and was undone; the store is as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_task.py" line="74"/>
        <source>The import was cancelled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="450"/>
        <source>no permission with this app_ref in the store (the boundary is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="479"/>
        <source>no permission with this reference in the file or the store (loaded as given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="184"/>
        <source>The input layer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="227"/>
        <source>No input file or layer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="233"/>
        <source>The input file {} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="240"/>
        <source>{} cannot be read as a table or layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="64"/>
        <source>{name} row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="127"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="148"/>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="256"/>
        <source>the year {} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="174"/>
        <source>not a real date: there is no month {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="177"/>
        <source>not a real date: {month} {year} has {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="212"/>
        <source> (are the dates {}? set DAY_FIRST accordingly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="212"/>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="212"/>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="228"/>
        <source>not a date (write dates as dd/mm/yyyy or yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="250"/>
        <source>not a monitoring year (write it as 2019/20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="254"/>
        <source>not a monitoring year: {} is not the year after {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="285"/>
        <source>not a yes/no value (1/0, yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="387"/>
        <source>not a permission type the standard knows ({}); kept as &apos;other&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="401"/>
        <source>not a {field} the standard knows ({allowed}); left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="404"/>
        <source>not a {field} the standard knows ({allowed}); kept as &apos;{fallback}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="437"/>
        <source>not one of the plan&apos;s LPAs ({}); kept as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="474"/>
        <source>disagrees with units_proposed − units_existing = {p} − {e} = {x}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="493"/>
        <source>neither a completion date nor a monitoring year is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="497"/>
        <source>the completion date {day} is in monitoring year {actual}, not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/__init__.py" line="59"/>
        <source>pandas is needed for monitoring figures; it ships with QGIS on Windows (OSGeo4W) — on Linux install python3-pandas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="110"/>
        <source>local housing need, {:,.0f} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="110"/>
        <source>plan requirement for {}, ÷ 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="116"/>
        <source>Liverpool: shortfall {:,.1f} × 5 ÷ {} remaining plan years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="120"/>
        <source>Sedgefield: all of the shortfall in the five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="123"/>
        <source>automatic: HDT not measured, so 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="125"/>
        <source>automatic: HDT {:.1f}% ({} 85%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="129"/>
        <source>set in the plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="131"/>
        <source>Annual requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="132"/>
        <source>Five-year requirement before shortfall and buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="273"/>
        <source>Requirement to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="134"/>
        <source>plan years up to the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="134"/>
        <source>Net completions to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="140"/>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="140"/>
        <source>max(C − D, 0); none on the lhn basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="141"/>
        <source>Shortfall added to the five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="142"/>
        <source>Buffer (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="143"/>
        <source>Buffer (homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="144"/>
        <source>Five-year requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="145"/>
        <source>Annual requirement with shortfall and buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="151"/>
        <source>Deliverable supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="151"/>
        <source>deliverable trajectory units, {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="157"/>
        <source>Small-sites windfall allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="157"/>
        <source>{:,.0f} a year × {} years ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="262"/>
        <source>Lapse discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="167"/>
        <source>{:g}% of {:,} not-started units on small sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="175"/>
        <source>Total supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="176"/>
        <source>Years of supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/five_year_supply.py" line="177"/>
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
        <location filename="../jlp_monitor_plugin/core/monitoring/inputs.py" line="123"/>
        <source>{} permissions have no decision date and are not counted as granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/inputs.py" line="161"/>
        <source>{} completions have neither a completion date nor a monitoring year and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/inputs.py" line="200"/>
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
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="98"/>
        <source>Plan setting &apos;{}&apos; is empty; it needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="100"/>
        <source>Plan setting &apos;{}&apos; is {}; it needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="104"/>
        <source>Plan setting &apos;{}&apos; is &apos;{}&apos;; it needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="120"/>
        <source>Plan setting &apos;{}&apos; must give small, medium and large, e.g. {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="132"/>
        <source>Plan setting &apos;stepped_requirement&apos; must map areas to {monitoring year: homes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="140"/>
        <source>Plan setting &apos;stepped_requirement&apos; for {} must map monitoring years to homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="149"/>
        <source>Plan setting &apos;stepped_requirement&apos; for {}: &apos;{}&apos; is not a monitoring year (2023/24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="177"/>
        <source>Plan settings &apos;plan_start&apos; and &apos;plan_end&apos; must be dates (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="181"/>
        <source>Plan setting &apos;plan_end&apos; must come after &apos;plan_start&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="196"/>
        <source>Plan setting &apos;shortfall_method&apos; is &apos;{}&apos;; use sedgefield or liverpool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="204"/>
        <source>Plan setting &apos;trajectory_size_thresholds&apos; must give medium and large, e.g. {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="251"/>
        <source>Cannot make the folder {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/trajectory.py" line="89"/>
        <source>default build-out: {} site, lead-in {} years, {} homes a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="23"/>
        <source>Red-line boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="34"/>
        <source>Add new rows and update changed ones (upsert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="35"/>
        <source>Replace the layer&apos;s rows (replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_task.py" line="37"/>
        <source>Importing {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_task.py" line="68"/>
        <source>The import failed; the store was left as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="89"/>
        <source>The store&apos;s CRS (or the layer&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="134"/>
        <source>Import data into {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="135"/>
        <source>What to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="136"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="137"/>
        <source>CSV, XLSX, GeoJSON, Shapefile or GeoPackage (path|layername=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="138"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="139"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="140"/>
        <source>or a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="141"/>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="142"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="143"/>
        <source>A named mapping: choose one to load, or type a name to save the mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="146"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="147"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="150"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="149"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="150"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="150"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="151"/>
        <source>The file&apos;s column for each field of the store (* required). Type &apos;text&apos; for a constant, or {Column A}/{Column B} to combine columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="155"/>
        <source>X / easting / longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="156"/>
        <source>Y / northing / latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="157"/>
        <source>CRS of X/Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="51"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="80"/>
        <source>Dates are day first (21/01/2008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="160"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="389"/>
        <source>Choose a file or layer to see its first rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="164"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="72"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="173"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="186"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="186"/>
        <source>Tables and layers ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_tables.py" line="46"/>
        <source>Imported for new rows only: an import never changes existing tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="347"/>
        <source>Profile &apos;{}&apos; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="374"/>
        <source>There is no profile named &apos;{}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="369"/>
        <source>Profile &apos;{}&apos; loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="377"/>
        <source>Profile &apos;{}&apos; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="400"/>
        <source>The mapping cannot be used yet: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="403"/>
        <source>First {rows} rows: {flagged} with problems ({errors} would be rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="437"/>
        <source>Choose a file or layer to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="440"/>
        <source>A temporary (memory) layer cannot be imported in the background; save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="469"/>
        <source>Importing… the store is written in one transaction when the import is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="550"/>
        <source>Import done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="122"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: read {read} · inserted {inserted} · updated {updated} ({changed} changed, {unchanged} unchanged) · rejected {rejected} · deleted {deleted} · warnings {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="140"/>
        <source>Rejected rows, with the reason: &lt;a href=&quot;{url}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="146"/>
        <source>Warning: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="137"/>
        <source>Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="137"/>
        <source>Import permissions, completions, red lines, starts or a trajectory from a file or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="476"/>
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
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="117"/>
        <source>The input could not be read as a table or layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="137"/>
        <source>The import was cancelled; the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="142"/>
        <source>Field map: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="144"/>
        <source>Coordinates: X {}, Y {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="148"/>
        <source>Rejected: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="152"/>
        <source>… and {} more problems; every rejected row is in the rejects file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="157"/>
        <source>{} rows were rejected; they are in {} (set REJECTS to choose the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="180"/>
        <source>Import permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="183"/>
        <source>Imports planning permissions from a back-office extract (CSV, XLSX) or a layer (GeoJSON, Shapefile, GeoPackage layer) into the store's permissions. FIELD_MAP maps the standard's fields to the file's columns: app_ref=Application Number;decision_date=Decision Date;net_units=Net Units (empty: suggested from the headings; a value in quotes is a constant, lpa='PLY'). Locations come from X_FIELD/Y_FIELD in SOURCE_CRS, or from the layer's geometry; a polygon layer fills permission_boundaries with the red line and permissions with a point on its surface. Dates are read day first (21/01/2008) unless DAY_FIRST is off. Each row is checked: required app_ref and net units, real dates, whole units, net units = proposed − existing, unique app_ref in the file, coordinates in the plan's CRS area and not swapped; rejected rows go to REJECTS with all their columns and the reason (file, row, field, value). Unknown permission types are kept as 'other' and parent_ref pointing to nothing is loaded, both with a warning. MODE upsert inserts new app_refs and updates matched ones, writing only the values that changed; replace also deletes permissions whose app_ref did not come back (a row rejected this time keeps its stored version). Officer tags and locks (site_ref, tag_*) of existing permissions are never touched. One transaction: a failure or cancel leaves the store as it was. Counts: READ = INSERTED + UPDATED + REJECTED, always. UPDATED counts the rows whose key was already in the store, changed or not; of them CHANGED had a value that differed and was written, UNCHANGED were identical and left alone — importing the same file twice gives INSERTED 0 and CHANGED 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="211"/>
        <source>Import completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="214"/>
        <source>Imports dwelling completions (building control, council tax, site visits, developers) from a CSV, XLSX or layer into the store's completions. FIELD_MAP maps the standard's fields to the file's columns (empty: suggested from the headings). Each completion needs units (net: losses negative) and a completion_date or a monitoring_year (2019/20); a location from X_FIELD/Y_FIELD or the layer is optional. Without a mapped completion_id, stable ids are generated from each row's content and its occurrence number, so importing the same file again matches the same rows. Rejected rows (missing or impossible values, a date outside the monitoring year given, duplicates, coordinates outside the plan's CRS area or swapped) go to REJECTS with all their columns and the reason. MODE upsert or replace as for permissions; officer tags are never touched; one transaction. Counts: READ = INSERTED + UPDATED + REJECTED, always. UPDATED counts the rows whose key was already in the store, changed or not; of them CHANGED had a value that differed and was written, UNCHANGED were identical and left alone — importing the same file twice gives INSERTED 0 and CHANGED 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="236"/>
        <source>Import red-line boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="239"/>
        <source>Imports red-line boundaries (polygons with an application reference) from a Shapefile, GeoPackage or GeoJSON layer into permission_boundaries, transformed to the store&apos;s CRS. FIELD_MAP gives the reference column (app_ref=APP_REF; empty: suggested). A boundary replaces the stored one of the same app_ref when it differs; invalid polygons are kept as given, with a warning (tagging repairs them for its tests). A permission without a location gets a point on its boundary&apos;s surface. A boundary whose app_ref is not a permission in the store is loaded with a warning. One transaction. Counts: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="257"/>
        <source>Import starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="260"/>
        <source>Imports starts on site (app_ref, start_date, units) from a CSV, XLSX or table into the store&apos;s starts. A start is identified by its app_ref and start date: importing it again updates its units. Missing values, impossible dates, units that are not whole or negative, and duplicates are rejected to REJECTS with the reason. MODE upsert or replace; one transaction. Counts: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="275"/>
        <source>Import trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="278"/>
        <source>Imports housing trajectory projections (site_ref or app_ref, monitoring_year such as 2025/26, units, deliverable, evidence) from a CSV, XLSX or table into the store&apos;s trajectory. A projection is identified by its site_ref, app_ref and monitoring year: importing it again updates it. Imported projections are the officer&apos;s (source &apos;officer&apos;) unless a source is mapped. Rejected rows go to REJECTS with the reason. MODE upsert or replace; one transaction. Counts: READ = INSERTED + UPDATED + REJECTED; UPDATED = CHANGED + UNCHANGED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="32"/>
        <source>Monitoring summary tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/base.py" line="89"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/base.py" line="96"/>
        <source>Base date (YYYY-MM-DD, a 31 March; empty: the latest 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="56"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="57"/>
        <source>Completions by year (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="58"/>
        <source>Site progress (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="59"/>
        <source>Requirement progress (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="60"/>
        <source>Five-year supply (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="61"/>
        <source>Housing Delivery Test (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="62"/>
        <source>Base date used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="63"/>
        <source>Years of housing land supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="64"/>
        <source>Housing Delivery Test (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="96"/>
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
        <location filename="../jlp_monitor_plugin/core/review_decisions.py" line="77"/>
        <source>{} changed by someone else since you loaded it; reload the review queue. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/copy_task.py" line="48"/>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="145"/>
        <source>Feature {} of {} cannot be transformed to {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="104"/>
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
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="260"/>
        <source>Tagging engine &apos;{}&apos; is not available for this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="106"/>
        <source>{}.{} has &apos;{}&apos;, not one of the standard&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="111"/>
        <source>{} has {} more than once: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_copy.py" line="115"/>
        <source>The store cannot be copied as it is; nothing was copied. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="356"/>
        <source>Net completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="357"/>
        <source>Projected: deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="358"/>
        <source>Projected: developable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="360"/>
        <source>Cumulative delivery (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="361"/>
        <source>Cumulative requirement (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="412"/>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="418"/>
        <source>Dwellings a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/charts.py" line="418"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_gpkg.py" line="117"/>
        <source>Folder {} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/summary_csv.py" line="70"/>
        <source>Could not write {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="423"/>
        <source>the same app_ref as row {} of this file: merged into one red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="66"/>
        <source>Unknown report format {}; the formats are {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="70"/>
        <source>Choose at least one report format ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="97"/>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="104"/>
        <source>The logo of {} could not be read: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="143"/>
        <source>Housing trajectory: completions, projected delivery and the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="69"/>
        <source>Not in a council area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="70"/>
        <source>Net completions by monitoring year and council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Net homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="212"/>
        <source>Reports need jinja2; it ships with QGIS on Windows — on Linux install python3-jinja2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="215"/>
        <source>Computing the monitoring figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="233"/>
        <source>Gathering the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="286"/>
        <source>Position at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="293"/>
        <source>Drawing the maps and charts; writing HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="301"/>
        <source>Laying out the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="314"/>
        <source>Writing PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="325"/>
        <source>Writing ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="330"/>
        <source>Writing DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="338"/>
        <source>Writing XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="344"/>
        <source>Writing CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/tables.py" line="153"/>
        <source>The image &apos;{}&apos; could not be drawn: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/tables.py" line="157"/>
        <source>The image &apos;{}&apos; could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="53"/>
        <source>Permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="55"/>
        <source>Under construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="57"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="51"/>
        <source>% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="60"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="39"/>
        <source>Plan area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="135"/>
        <source>Monitoring year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="218"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="77"/>
        <source>Net completions by monitoring year and policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="76"/>
        <source>Not in a policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="83"/>
        <source>Net completions on allocated sites and windfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="83"/>
        <source>Allocated sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="83"/>
        <source>Windfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="90"/>
        <source>Completions by monitoring year, council, policy area and allocated or windfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="90"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="90"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="218"/>
        <source>Affordable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="110"/>
        <source>Progress against the housing requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="218"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="142"/>
        <source>Plan requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="83"/>
        <source>Completions to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="85"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="86"/>
        <source>Affordable requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="88"/>
        <source>Affordable to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="126"/>
        <source>Five-year housing land supply at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="97"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="284"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="99"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="179"/>
        <source>Housing Delivery Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="112"/>
        <source>Homes required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="113"/>
        <source>Homes delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="156"/>
        <source>Progress on allocated sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="166"/>
        <source>Allocated sites: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="205"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="95"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="208"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="210"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="292"/>
        <source>Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="215"/>
        <source>Permissions that lapsed unimplemented by the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="221"/>
        <source>Permissions superseded by a later permission (counted once, in the later one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="222"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="227"/>
        <source>Superseded permissions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="227"/>
        <source>Type of the superseded permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="227"/>
        <source>Net homes (not counted again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="246"/>
        <source>Tags waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="246"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="252"/>
        <source>Rows refused by the importers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="252"/>
        <source>Rejects file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="252"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="271"/>
        <source>Net completions in {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="272"/>
        <source>Net completions since the start of the plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="274"/>
        <source>Difference from the requirement to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="278"/>
        <source>Five-year housing land supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="124"/>
        <source>{} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="284"/>
        <source>Headline figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/context.py" line="284"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="52"/>
        <source>Council areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="215"/>
        <source>Allocated sites by % complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="75"/>
        <source>Allocated sites in {} by % complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="280"/>
        <source>Data: JLP Monitor store {}, position at {}. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="289"/>
        <source>Allocated sites by progress: the plan area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/maps.py" line="299"/>
        <source>Allocated sites by progress: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="85"/>
        <source>Template file not found: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="91"/>
        <source>Unknown report template &apos;{}&apos;; known templates: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="217"/>
        <source>Template {} (line {}) was refused: it reaches for something templates may not use (SecurityError: {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="225"/>
        <source>Template {}, line {}: syntax error: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="229"/>
        <source>Template {}: cannot find template {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="234"/>
        <source>Template {}, line {}: {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/writers.py" line="145"/>
        <source>Cannot write the PDF {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/writers.py" line="167"/>
        <source>Page {} of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/docx_writer.py" line="37"/>
        <source>Word (DOCX) needs the python-docx package, which is not installed (Debian: python3-docx; Windows: pip install python-docx in the OSGeo4W shell). The ODT file opens in Word: choose the odt format instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/sheet_writers.py" line="43"/>
        <source>This GDAL has no XLSX driver; choose the csv format instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="24"/>
        <source>Brownfield Land Register (2017 standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="25"/>
        <source>planning.data.gov.uk: brownfield-land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="26"/>
        <source>planning.data.gov.uk: local-plan-housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="32"/>
        <source>The register each council publishes: the 28 columns of the 2017 data standard, one row per brownfield permission (brownfield = 1), its point in WGS84 and the hectares of its red line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="36"/>
        <source>The same sites with exactly the fields of the brownfield-land dataset of planning.data.gov.uk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="39"/>
        <source>One row per LPA: the plan&apos;s housing requirement and the capacity of its allocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="60"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="56"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="59"/>
        <source>Choose where to save the CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="61"/>
        <source>Write the chosen CSV from the open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="62"/>
        <source>Each council publishes its own register: choose one, or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="101"/>
        <source>All authorities of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="121"/>
        <source>Open a monitoring store to export from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="140"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="155"/>
        <source>Choose a CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="168"/>
        <source>Export failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="174"/>
        <source>{rows} rows written to {path}. &lt;a href=&quot;{link}&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/report_task.py" line="36"/>
        <source>Monitoring report from {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/report_task.py" line="67"/>
        <source>The report failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/report_task.py" line="69"/>
        <source>Report written in {:.1f} s: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="29"/>
        <source>The housing chapter of the Authority Monitoring Report: headline figures, completions by year and area, trajectory, requirement, five-year supply, HDT, site schedules, lapsed permissions, data quality and maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="34"/>
        <source>Progress on each allocated site, a section and a map per council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="35"/>
        <source>The Housing Position Statement: the five-year housing land supply step by step, the HDT and the trajectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="44"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="44"/>
        <source>A web page with everything in it (images included): publish or e-mail it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="45"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="52"/>
        <source>ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="52"/>
        <source>OpenDocument text: opens in Word and LibreOffice for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="53"/>
        <source>DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="53"/>
        <source>Word document (needs the python-docx package; otherwise choose ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="54"/>
        <source>XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="54"/>
        <source>Every table of the report as a sheet of one spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="55"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="55"/>
        <source>Every table of the report as a CSV file, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="80"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="81"/>
        <source>The built-in templates, then your own .html.j2 files from the template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="85"/>
        <source>Choose the folder of your own templates (jinja2 .html.j2 files, rendered in a sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="88"/>
        <source>Base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="90"/>
        <source>The 31 March the report is made at (the end of a monitoring year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="91"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="99"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="100"/>
        <source>Where the report files are written (files of the same name are replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="104"/>
        <source>Choose the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="105"/>
        <source>Make report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="106"/>
        <source>Make the report in the background; QGIS stays usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="108"/>
        <source>Stop making the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="109"/>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="110"/>
        <source>Open the report just made (PDF, else HTML, else the first file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="111"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="112"/>
        <source>Open the folder the report was written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="113"/>
        <source>Open as print layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="114"/>
        <source>Add the report&apos;s maps to the project&apos;s print layouts, to adjust them with QGIS&apos;s tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="169"/>
        <source>{} (your template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="180"/>
        <source>Your template: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="184"/>
        <source>Folder of your report templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="204"/>
        <source>Open a monitoring store to make its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="212"/>
        <source>Write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="225"/>
        <source>Choose at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="228"/>
        <source>Choose a folder to write the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="250"/>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="352"/>
        <source>The print layouts could not be made: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="356"/>
        <source>{} print layouts added to the project (Project ▸ Layout Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="26"/>
        <source>Monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="46"/>
        <source>Template (name, or path of a .html.j2 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="53"/>
        <source>Formats (comma-separated: html,pdf,odt,docx,xlsx,csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="66"/>
        <source>Report (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="67"/>
        <source>Report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="68"/>
        <source>Report (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="69"/>
        <source>Report (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="70"/>
        <source>Report tables (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="71"/>
        <source>Report tables (CSV folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="111"/>
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
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="31"/>
        <source>Open monitoring store on PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="32"/>
        <source>Create monitoring store on PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="33"/>
        <source>Copy monitoring store to PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="36"/>
        <source>Open the store held in a schema of a PostgreSQL/PostGIS database that QGIS has a saved connection to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="40"/>
        <source>Create a new store: its tables, keys, checks and indexes are made in a new schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="41"/>
        <source>Copy the open store, with its audit trail and plan settings, into a new schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="45"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="46"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="48"/>
        <source>A PostgreSQL connection saved in QGIS (Browser panel ▸ PostgreSQL ▸ New Connection…); its login comes from QGIS's authentication database or service file, never from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="54"/>
        <source>Letters, digits and _ only, starting with a letter or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/postgis_dialog.py" line="68"/>
        <source>QGIS has no saved PostgreSQL connection. Add one in the Browser panel (PostgreSQL ▸ New Connection…), then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="489"/>
        <source>No figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_chart.py" line="57"/>
        <source>The trajectory chart needs core/charts.py, which this build of the plugin lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="70"/>
        <source>over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="71"/>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="72"/>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="33"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="38"/>
        <source>Monitoring year, 1 April to 31 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="40"/>
        <source>Net completions on allocation sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="41"/>
        <source>Net completions not on an allocation site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="42"/>
        <source>Net completions: gains less losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="43"/>
        <source>Gross completions: gains only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="44"/>
        <source>Affordable completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="50"/>
        <source>Double-click a site to zoom the map to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="51"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="51"/>
        <source>Completed ÷ capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="52"/>
        <source>Homes capacity of the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="53"/>
        <source>Net units of extant or implemented permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="54"/>
        <source>Net completions up to the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="55"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="55"/>
        <source>Units started and not yet completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="57"/>
        <source>Permitted units not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="58"/>
        <source>Unpermitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="58"/>
        <source>Capacity with no permission yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="60"/>
        <source>over capacity, stalled, no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="214"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="79"/>
        <source>Net homes required over the plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="81"/>
        <source>Required to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="81"/>
        <source>Requirement for the years elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="83"/>
        <source>Net completions in the plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="85"/>
        <source>Completed − required to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="86"/>
        <source>Affordable req.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="86"/>
        <source>Affordable homes required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="88"/>
        <source>Affordable done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="88"/>
        <source>Affordable completions to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="97"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="112"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="113"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="146"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="152"/>
        <source>The 31 March the position is taken at: figures count to the end of that monitoring year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="156"/>
        <source>The plan, a policy area or an LPA: completions, sites and chart follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="160"/>
        <source>Read the store again and compute the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="162"/>
        <source>Stop computing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="163"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="164"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="165"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="167"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="168"/>
        <source>Completions, site progress, requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="171"/>
        <source>Five-year land supply and the HDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="172"/>
        <source>The housing trajectory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="173"/>
        <source>Edit the officer trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="174"/>
        <source>Edit the plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="175"/>
        <source>Colour on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="176"/>
        <source>Colour the allocations on the map by percentage complete, labelled with their site ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="189"/>
        <source>Double-click a site to zoom the map to it and select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="62"/>
        <source>The five-year supply as a statement sets it out, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="249"/>
        <source>This panel will show the store&apos;s completions by year, site progress, progress against the requirement, the five-year land supply, the Housing Delivery Test and the trajectory chart, once a store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="296"/>
        <source>The position at the end of monitoring year {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="86"/>
        <source>Whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="429"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="486"/>
        <source>Completions by monitoring year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="487"/>
        <source>Site progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="488"/>
        <source>Progress against the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="518"/>
        <source>Completions by monitoring year — {}: {} net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="530"/>
        <source>Progress against the requirement (plan period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="531"/>
        <source>Housing trajectory — {} (base date {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="121"/>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="127"/>
        <source>plan basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="127"/>
        <source>local housing need basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="128"/>
        <source>Sedgefield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="128"/>
        <source>Liverpool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="130"/>
        <source>a surplus of {} homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="130"/>
        <source>a shortfall of {} homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="135"/>
        <source>Five-year housing land supply at {base} for {period} ({basis}, {method}, {buffer} buffer): supply {supply} against a requirement of {requirement} — {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="153"/>
        <source>Not measured: no plan years up to the base date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_map.py" line="44"/>
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
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="143"/>
        <source>Local housing need (LHN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="144"/>
        <source>Sedgefield (all of the shortfall in five years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="145"/>
        <source>Liverpool (spread over the rest of the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="146"/>
        <source>Automatic (5%, or 20% when the HDT is below 85%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="147"/>
        <source>Set percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="209"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="210"/>
        <source>Plan start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="211"/>
        <source>Plan end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="212"/>
        <source>The first day of the plan period (a 1 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="213"/>
        <source>The last day of the plan period (a 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="215"/>
        <source>Net homes required over the plan period, for the plan, each policy area and each LPA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="244"/>
        <source>Five-year supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="245"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="246"/>
        <source>The requirement the five-year supply and the HDT are measured against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="249"/>
        <source>Local housing need a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="250"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="251"/>
        <source>The standard-method local housing need figure (homes a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="252"/>
        <source>Shortfall method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="253"/>
        <source>How a shortfall against the plan requirement is made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="254"/>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="255"/>
        <source>The buffer added to the five-year requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="256"/>
        <source>Windfall allowance a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="257"/>
        <source>Small-sites windfall homes a year added to the supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="258"/>
        <source>Windfall in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="261"/>
        <source>Count the windfall allowance in year {} of the five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="263"/>
        <source>Share of not-started homes on small sites taken off the supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="264"/>
        <source>Small site below (homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="265"/>
        <source>A site with fewer net homes than this is small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="266"/>
        <source>Permission expiry (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="267"/>
        <source>Years from decision after which a permission lapses, unless it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="273"/>
        <source>Trajectory defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="274"/>
        <source>Default build-out for the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="275"/>
        <source>Sites and permissions with no officer rows get a build-out from these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="278"/>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="279"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="280"/>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="281"/>
        <source>From homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="282"/>
        <source>A site of at least this many homes is of this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="283"/>
        <source>Lead-in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="284"/>
        <source>Whole years after the base date before the first completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="285"/>
        <source>Homes a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="286"/>
        <source>Build-out rate once building has begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="287"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="288"/>
        <source>Check and write these settings to the store; the figures follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="289"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="290"/>
        <source>Show the store&apos;s settings again, dropping what was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="200"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="200"/>
        <source>affordable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="406"/>
        <source>Give the plan a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="410"/>
        <source>The plan end must come after the plan start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="412"/>
        <source>The plan period runs from a 1 April to a 31 March (whole monitoring years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="415"/>
        <source>The whole plan needs a total requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="419"/>
        <source>The requirement of {} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="421"/>
        <source>The affordable requirement of {} is more than its total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="423"/>
        <source>The LHN basis needs the local housing need figure (homes a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="434"/>
        <source>A medium site must start below a large one (trajectory defaults).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="458"/>
        <source>Nothing to save: the settings are as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="463"/>
        <source>The settings could not be written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="31"/>
        <source>The allocation the projection is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="32"/>
        <source>The permission the projection is for, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="33"/>
        <source>Monitoring year (1 April to 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="137"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="34"/>
        <source>Net homes expected to be completed in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="35"/>
        <source>Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="35"/>
        <source>Counts towards the five-year supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="36"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="36"/>
        <source>officer: entered here; default: a build-out from settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="143"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="37"/>
        <source>Why the units are expected (NPPF Annex 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="62"/>
        <source>The new trajectory row could not be found after writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="95"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="95"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="123"/>
        <source>Officer projections of net homes per site (or permission) per monitoring year. A site with any row here gets no default build-out. Select a row to change or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="129"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="131"/>
        <source>The allocation site (site_ref); leave empty for a windfall permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="133"/>
        <source>app_ref (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="134"/>
        <source>The permission (app_ref) the projection is for, if not a whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="136"/>
        <source>The monitoring year (1 April to 31 March) the homes are expected in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="138"/>
        <source>Net homes expected in the year (negative for losses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="139"/>
        <source>Deliverable (five-year supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="140"/>
        <source>NPPF Annex 2: available now, suitable, achievable within five years; needs evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="144"/>
        <source>e.g. developer&apos;s programme, March 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="145"/>
        <source>Why these homes are expected; required for a deliverable row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="146"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="147"/>
        <source>Add the row in the form to the store&apos;s trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="148"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="149"/>
        <source>Write the form over the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="151"/>
        <source>Delete the selected row from the store&apos;s trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="153"/>
        <source>Undo the last change made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="276"/>
        <source>Choose the site (or give the permission) the projection is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="278"/>
        <source>Site {} is not an allocation in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="282"/>
        <source>Permission {} is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="284"/>
        <source>Choose the monitoring year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="286"/>
        <source>A deliverable row needs its evidence (NPPF Annex 2: clear evidence that the homes will be completed within five years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="299"/>
        <source>There is already a row for {} in {}; select it and change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="339"/>
        <source>The row could not be written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="321"/>
        <source>Added {} homes for {} in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="342"/>
        <source>Changed the row for {} in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="356"/>
        <source>Deleted the row for {} in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="376"/>
        <source>The change could not be undone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/trajectory_editor.py" line="378"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="41"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="40"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="144"/>
        <source>Open monitoring store on PostGIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="144"/>
        <source>Open a store shared on a PostgreSQL/PostGIS server, through a connection saved in QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="151"/>
        <source>Create monitoring store on PostGIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="151"/>
        <source>Create an empty store in a new schema of a PostGIS database, then open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="158"/>
        <source>Copy monitoring store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="158"/>
        <source>Copy the open store, audit trail and settings included, to a new GeoPackage or PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="413"/>
        <source>Could not create the monitoring store. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="429"/>
        <source>Open a monitoring store first, then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="436"/>
        <source>Copy {} to a new GeoPackage file or to a schema on a PostGIS server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="439"/>
        <source>GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="440"/>
        <source>PostGIS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="444"/>
        <source>Copy monitoring store to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="69"/>
        <source>The whole store — every layer, the audit trail and the plan settings — can be copied to a new GeoPackage or to a schema on a PostGIS server (to share it, or to keep a snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="76"/>
        <source>Copy the open store to a new GeoPackage or PostGIS schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="94"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="95"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="96"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="97"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="98"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="99"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="100"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="101"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="102"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="103"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="104"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/formatting.py" line="105"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/field_map.py" line="529"/>
        <source>Looks like {target}: {fields} ({count} of its fields found in the columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="249"/>
        <source>The column heading &apos;{heading}&apos; appears {count} times in {name} (columns {where}): the import cannot tell which one is meant. Rename the columns in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="255"/>
        <source>The column heading &apos;{heading}&apos; appears {count} times in {name} (columns {where}); it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/plan.py" line="420"/>
        <source>holds a byte that is not UTF-8 (shown as ufffd) in a file that is UTF-8 elsewhere: loaded; correct the text, or save the file as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="148"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/geometry.py" line="148"/>
        <source>no polygon: the feature&apos;s geometry is empty or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="257"/>
        <source>The rejects file {} cannot be written: {}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="292"/>
        <source>The rejected rows of {name} could not be written to {path}: {why}. Nothing was imported; the store is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="142"/>
        <source>The input file {} cannot be read: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="144"/>
        <source>The input {} is a folder, not a file: give the CSV, XLSX, GeoJSON, Shapefile or GeoPackage to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="149"/>
        <source>The input {} is not a regular file (a pipe or a device): give a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="153"/>
        <source>The input file {} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="155"/>
        <source>The input file {} is empty: it has no heading row and no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="162"/>
        <source>The input file {} is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;): save it as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="171"/>
        <source>The input file {} is not UTF-8 text, as JSON must be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/source.py" line="173"/>
        <source>The input file {} is not valid JSON: {} (line {}, column {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="134"/>
        <source>the import of {source} into {layers} on {at} by {user}: {updated} rows changed, {inserted} inserted, {deleted} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="210"/>
        <source>There is no import to undo in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="215"/>
        <source>Import {} has no changes to undo (undone already?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="234"/>
        <source>{} {} (inserted by the import) is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="238"/>
        <source>{} {} (deleted by the import) is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="245"/>
        <source>{} {} is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="257"/>
        <source>{} {}: {} changed since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="265"/>
        <source>The import of {} cannot be undone; nothing was changed. {}{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/undo.py" line="265"/>
        <source> (and {} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="144"/>
        <source>too large a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/validation.py" line="150"/>
        <source>too large a whole number (the limit is ±{:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="94"/>
        <source>Unknown MODE &apos;{}&apos;; choose upsert, replace or append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="125"/>
        <source>Loading {} failed and was undone; the store is as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="167"/>
        <source>The load was cancelled; the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="215"/>
        <source>the same {} (&apos;{}&apos;) as row {} of this layer (a duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="259"/>
        <source>The rejected rows could not be written to {} ({}); nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="72"/>
        <source>the monitoring store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="78"/>
        <source>an input of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="103"/>
        <source>{parameter} {path} is {what} ({protected}); writing it there would destroy it. Choose another file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="121"/>
        <source>{parameter} {folder} would receive {name}, which is {what} ({protected}): writing it would destroy it. Choose another folder; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="139"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="141"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="143"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="145"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/output_guard.py" line="147"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="55"/>
        <source>Import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="257"/>
        <source>The report could not be written to {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="114"/>
        <source>Templates may include, import or extend only {suffix} templates: &apos;{name}&apos; was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="155"/>
        <source>a repetition of {:,} items is more than a report may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="161"/>
        <source>a power of {} is more than a report needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="203"/>
        <source>it renders more than {:,} characters, more than a report may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="212"/>
        <source>{} (line {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="213"/>
        <source>Template {} was stopped: {}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/templates.py" line="292"/>
        <source>An image was left out of the report: {} (a report shows images only from the store&apos;s folder or the template&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/sheet_writers.py" line="76"/>
        <source>GDAL could not write {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="34"/>
        <source>permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="34"/>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="59"/>
        <source>no site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="53"/>
        <source>Accepting the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="54"/>
        <source>Assigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="55"/>
        <source>Untagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="56"/>
        <source>Confirming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="57"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="58"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="62"/>
        <source>{verb} moves {layer} {key} from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="68"/>
        <source>…and {} more features change site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="70"/>
        <source>{} are already on that site: their tags are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="70"/>
        <source>1 feature is already on that site: its tag is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="82"/>
        <source>At the next Tag store, {} completion of {key} follows it from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="82"/>
        <source>At the next Tag store, {} completions of {key} follow it from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="94"/>
        <source>{} completion of {key} is locked: it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="94"/>
        <source>{} completions of {key} are locked: they stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="103"/>
        <source>The review is cleared and the tag locked: automatic tagging will leave it alone. Recorded in the tag audit with your reason; Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="110"/>
        <source>The tag is locked: automatic tagging will leave {} alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="114"/>
        <source>Unlocked, {} will be tagged again by the next Tag store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="148"/>
        <source>{} feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/review_effects.py" line="148"/>
        <source>{} features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/store_gpkg.py" line="432"/>
        <source>{} already exists; choose a new file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/tagging.py" line="336"/>
        <source>{} completions were left as they were: the permission they follow was changed by someone else while this run ran ({}). Run tagging again to have them follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/__init__.py" line="28"/>
        <source>The monitoring store these figures come from: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_dialog.py" line="53"/>
        <source>No site (windfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_dialog.py" line="59"/>
        <source>The allocation site to tag the feature to; No site makes it a windfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_dialog.py" line="64"/>
        <source>What will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_dialog.py" line="77"/>
        <source>e.g. checked against the approved plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/exports_panel.py" line="164"/>
        <source>The export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="116"/>
        <source>Retag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/feature_actions.py" line="54"/>
        <source>Tag history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_task.py" line="37"/>
        <source>Checking {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_task.py" line="51"/>
        <source>The rejects file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="166"/>
        <source>Check the file against the store first (what would be inserted, changed, rejected), then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="172"/>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="271"/>
        <source>{reason} You chose {chosen}: check that this is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="467"/>
        <source>Checking the file against the store… nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="489"/>
        <source>Not imported: the store was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="44"/>
        <source>{name} → {target}: {inserted} new rows to insert, {changed} existing rows to change, {unchanged} unchanged, {deleted} to delete, {rejected} to reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="57"/>
        <source>Changes by field: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="62"/>
        <source>Checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="72"/>
        <source>Change existing rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="72"/>
        <source>This import changes {changed} existing rows of {layer} and deletes {deleted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="71"/>
        <source>You can undo it afterwards with Undo last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="501"/>
        <source>Undo {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="501"/>
        <source>No import to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="88"/>
        <source>Undo last import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="88"/>
        <source>Undo {}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="88"/>
        <source>Changed rows get back their old values, inserted rows are deleted and deleted rows come back, all at once. If any of them changed since, nothing is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="88"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="522"/>
        <source>The import could not be undone: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_dialog.py" line="526"/>
        <source>Undone: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="90"/>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="92"/>
        <source>Five-year supply for the whole plan area ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="95"/>
        <source>Five-year supply is measured for the whole plan area ({plan}), not for {area}: the figures below are the whole plan&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="505"/>
        <source>Figures at {} (end of {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="524"/>
        <source>Site progress — {sites}, {flagged} flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="524"/>
        <source>{} site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="524"/>
        <source>{} sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_supply.py" line="155"/>
        <source>{pct} — delivered {delivered} of {required} required; consequence: {consequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="42"/>
        <source>The folder of your own report templates (jinja2 .html.j2 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="45"/>
        <source>Template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="46"/>
        <source>Where new reports are written (a &apos;report&apos; folder in it); by default beside the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="49"/>
        <source>Report folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="62"/>
        <source>Report formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="66"/>
        <source>The folder Import data… opens first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="67"/>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="68"/>
        <source>Where the Exports section suggests writing the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="71"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="77"/>
        <source>Column mappings saved in the Import dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="80"/>
        <source>Delete the selected profiles (when the options are saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="84"/>
        <source>Import profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="87"/>
        <source>Monitoring stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="88"/>
        <source>The folder Open monitoring store… opens first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="89"/>
        <source>Store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="91"/>
        <source>The PostgreSQL connection offered first for a store on PostGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="92"/>
        <source>PostGIS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/options_page.py" line="98"/>
        <source>PostGIS schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/report_task.py" line="49"/>
        <source>The report folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="27"/>
        <source>feature under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="27"/>
        <source>candidate site (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="27"/>
        <source>current site (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="51"/>
        <source>{} net home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="51"/>
        <source>{} net homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="53"/>
        <source>{} home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="53"/>
        <source>{} homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="55"/>
        <source>completed {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="57"/>
        <source>(permission {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="60"/>
        <source>Site: {site} · candidate: {candidate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="67"/>
        <source>This completion has no location; assign it with Retag… or by its permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="69"/>
        <source>This permission has no location (no point and no red line); assign it with Retag…, or add its location and tag the store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="24"/>
        <source>automatic (on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="25"/>
        <source>automatic (follows its permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="26"/>
        <source>automatic (no site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="27"/>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="28"/>
        <source>confirmed as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="29"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="30"/>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="43"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="43"/>
        <source>Old site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/history_panel.py" line="43"/>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_panel.py" line="118"/>
        <source>Choose the site for the selected feature from a list (also for features without a location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="93"/>
        <source>How the map shows the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="104"/>
        <source>Select an item to see its address, proposal and units here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="107"/>
        <source>{} feature selected: a decision applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_details.py" line="107"/>
        <source>{} features selected: a decision applies to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="175"/>
        <source>Tagged {} feature to its candidate site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="175"/>
        <source>Tagged {} features to their candidate sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="181"/>
        <source>{} without a candidate was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="197"/>
        <source>Confirmed the tag of {} feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="208"/>
        <source>Untagged {} feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="218"/>
        <source>Locked {} feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="220"/>
        <source>Unlocked {} feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="230"/>
        <source>Tagged {} feature to site {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="230"/>
        <source>Tagged {} features to site {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="255"/>
        <source>{layer} {key}, now on {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="275"/>
        <source>Retag {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="271"/>
        <source>Tagged {key} to site {site}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/decision_flow.py" line="274"/>
        <source>Tagged {} to no site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="69"/>
        <source>plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="70"/>
        <source>plan start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="71"/>
        <source>plan end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="72"/>
        <source>requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="73"/>
        <source>stepped requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="74"/>
        <source>local housing need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="75"/>
        <source>five-year basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="76"/>
        <source>shortfall method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="77"/>
        <source>buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="78"/>
        <source>windfall allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="79"/>
        <source>windfall years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="80"/>
        <source>lapse discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="81"/>
        <source>small-site threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="82"/>
        <source>permission expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="84"/>
        <source>default build-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="85"/>
        <source>site sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="86"/>
        <source>lead-in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="87"/>
        <source>build-out rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="88"/>
        <source>near distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="89"/>
        <source>overlap threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="90"/>
        <source>minor overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="219"/>
        <source>Stepped requirement: homes required in a monitoring year, for the areas whose requirement is stepped. Leave a cell empty for the flat average (total ÷ plan years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="225"/>
        <source>Type the homes required in a year; empty cells take the flat average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="229"/>
        <source>Near distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="230"/>
        <source>A feature touching no site but this close to one is queued for review as a near miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="233"/>
        <source>Overlap to tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="234"/>
        <source>A red line is tagged to a site it overlaps by at least this share of its area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="237"/>
        <source>Second site from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="238"/>
        <source>A second site overlapped by at least this share puts the feature in the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="241"/>
        <source>Tagging thresholds apply from the next Tag store; locked tags are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="119"/>
        <source>the whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="171"/>
        <source>The stepped requirement of {area} for {year} is &apos;{text}&apos;: type a number of homes, or leave it empty for the flat average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="180"/>
        <source>The stepped requirement of {area} for {year} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_requirements.py" line="200"/>
        <source>The {kind} requirement of {area} is &apos;{text}&apos;: type a number of homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="370"/>
        <source>Local housing need is &apos;{}&apos;: type a number of homes a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="425"/>
        <source>The share that puts a second site in the review ({minor}) must be below the share that tags a feature to a site ({threshold}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="468"/>
        <source>Saved {} setting: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="468"/>
        <source>Saved {} settings: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="472"/>
        <source>The tagging thresholds apply from the next Tag store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="182"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="186"/>
        <source>Open the JLP Monitor user guide: the annual monitoring cycle step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="284"/>
        <source>The user guide could not be opened ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="330"/>
        <source>{} was left as it was; it is not a monitoring store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="372"/>
        <source>empty layers: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="374"/>
        <source>fields of {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="377"/>
        <source>Make it a monitoring store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="378"/>
        <source>{} is not a monitoring store: it has no plan settings. Turn it into one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="383"/>
        <source>JLP Monitor would add to it:
{}
Its own layers, fields and rows are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="388"/>
        <source>Make it a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/base.py" line="63"/>
        <source>Monitoring store (GeoPackage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="107"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Rows inserted (new keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Rows matched to a key already in the store (changed or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Rows rejected (written to REJECTS with the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Matched rows with a changed value (written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Matched rows already identical (left alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Rows deleted (replace mode: keys that did not come back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Warnings (rows loaded with a remark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Red-line boundaries inserted or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_data.py" line="25"/>
        <source>Permissions given the point of their boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="26"/>
        <source>Loads the layers of a GeoPackage that already follows the monitoring data standard (layers named allocations, areas, permissions, permission_boundaries, completions, starts, trajectory, with the standard&apos;s field names) into a monitoring store, in one transaction: all of it or, on a failure or a cancel, nothing. Rows are matched on their natural key (allocations: site_ref; areas: lpa + policy_area; permissions and boundaries: app_ref; completions: completion_id; starts: app_ref + start_date; trajectory: site_ref + app_ref + monitoring_year). MODE upsert (default) inserts new keys and updates matched rows, so loading the same file again changes nothing; replace also deletes the rows of each loaded layer whose key did not come back; append adds every row as new. Geometries are transformed to the store&apos;s CRS. Rows lacking a required value, or repeating a key of the same layer, are rejected and written with their reason to the REJECTS file: READ = LOADED + REJECTED. For back-office extracts with other column names use the import algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="63"/>
        <source>Rows loaded (inserted, changed or unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="107"/>
        <source>Rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="63"/>
        <source>Rows inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="63"/>
        <source>Stored rows changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="63"/>
        <source>Stored rows already the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="63"/>
        <source>Stored rows deleted (replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="88"/>
        <source>{}: read {}, inserted {}, changed {}, unchanged {}, deleted {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="41"/>
        <source>Features newly tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="41"/>
        <source>Features put in the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="41"/>
        <source>Features newly untagged (windfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="41"/>
        <source>Features already right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/tag.py" line="41"/>
        <source>Completions left as they were: their permission changed while the run ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="70"/>
        <source>Completed or permitted above the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="71"/>
        <source>Permitted two years or more, no completion in two years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/area_view.py" line="72"/>
        <source>Capacity and nothing permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="69"/>
        <source>Monitoring and Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_panel.py" line="49"/>
        <source>Monitoring and Reports: the monitoring figures of the open store at a base date — completions by year, site progress, progress against the requirement, the five-year land supply step by step, the Housing Delivery Test and the trajectory chart — for the plan, a policy area or an LPA; with the trajectory and the plan settings to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/annex2_style.py" line="18"/>
        <source>deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/annex2_style.py" line="19"/>
        <source>developable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/annex2_style.py" line="20"/>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/annex2_style.py" line="41"/>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="76"/>
        <source>name a site (site_ref) or a permission (app_ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="78"/>
        <source>site_ref &apos;{}&apos; is not an allocation in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="80"/>
        <source>app_ref &apos;{}&apos; is not a permission in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="83"/>
        <source>evidence_type &apos;{}&apos; is not one of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="88"/>
        <source>evidence_date &apos;{}&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="111"/>
        <source>row {}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="112"/>
        <source>Evidence not saved: {}{}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence.py" line="150"/>
        <source>Evidence row {} is no longer in the store; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="70"/>
        <source>A decision on a candidate completion needs a reason; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="85"/>
        <source>Candidate {} is not in the store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="106"/>
        <source>Already decided, by you or someone else: {}; reload the suggestions. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="149"/>
        <source>no evidence date: give the completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="151"/>
        <source>no permission: assign one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="255"/>
        <source>permission {} is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="213"/>
        <source>{}: completion {} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="280"/>
        <source>There is no permission {} in the store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="285"/>
        <source>assigned to {} by {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="299"/>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="306"/>
        <source>Candidate {} was changed since; the decision cannot be undone. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/decisions.py" line="323"/>
        <source>Completion {} was changed or deleted since; the accept cannot be undone. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="110"/>
        <source>EPC new dwelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="112"/>
        <source>council tax band {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="55"/>
        <source>council tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="114"/>
        <source>building-control completion certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="178"/>
        <source>planning reference {ref} on the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="188"/>
        <source>UPRN {uprn} listed for {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="208"/>
        <source>its address fits {count} permissions under {root} equally ({refs}): taken as {root}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="216"/>
        <source>its address fits {} permissions equally ({}): not matched by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="240"/>
        <source>postcode {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="259"/>
        <source>{number} (flat {flat})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="260"/>
        <source>house number {} of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="262"/>
        <source>street {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="268"/>
        <source>development name {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="269"/>
        <source>same {} as {}&apos;s address ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="281"/>
        <source>inside {}&apos;s red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="282"/>
        <source>{metres} m from {ref}&apos;s red line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="298"/>
        <source>no permission found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="303"/>
        <source>its street is also in {}&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="312"/>
        <source>{reason}, a permission under {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="322"/>
        <source>but {} (a wrong UPRN or reference?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="324"/>
        <source>but {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="427"/>
        <source>same UPRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="427"/>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="448"/>
        <source>records point to other permissions too: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/engine.py" line="455"/>
        <source>already recorded as completion {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="47"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="49"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/figures.py" line="29"/>
        <source>Suggested completions by evidence strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/figures.py" line="29"/>
        <source>Evidence strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="62"/>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/figures.py" line="29"/>
        <source>Confirm a recorded completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/figures.py" line="29"/>
        <source>Accepted as completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/figures.py" line="29"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/evidence_matching/run.py" line="155"/>
        <source>Matching {} evidence records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/importing/importer.py" line="151"/>
        <source>Skipped {} rows that are not evidence of a new home (EPC lodgements other than &apos;new dwelling&apos;); they are not counted as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="131"/>
        <source>full permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="132"/>
        <source>outline permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="133"/>
        <source>reserved matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="134"/>
        <source>permission in principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="135"/>
        <source>technical details consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="136"/>
        <source>prior approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="137"/>
        <source>s73 variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="182"/>
        <source>{} for major development ({} homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="184"/>
        <source>{} ({} homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="227"/>
        <source>allocation; {} {} for major development ({} homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="234"/>
        <source>allocation; {} homes have detailed permission, the rest none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="238"/>
        <source>allocation without planning permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="245"/>
        <source>{} is not an allocation in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="258"/>
        <source>permission {} is {} at the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="319"/>
        <source>not counted in the five-year supply: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="320"/>
        <source>removed from the five-year supply: no clear evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="336"/>
        <source>category a: detailed permission, or a non-major site with permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="340"/>
        <source>; no homes expected in the five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="341"/>
        <source>; nothing left to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="342"/>
        <source>category b: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="344"/>
        <source>clear evidence: {} dated {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="349"/>
        <source>no clear evidence dated within {} months before the base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="353"/>
        <source> (latest {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="358"/>
        <source>{}; {}; only the {} homes of category a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="364"/>
        <source>{}; nothing left to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="413"/>
        <source>progress towards reserved matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="414"/>
        <source>planning performance agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="415"/>
        <source>written agreement on delivery intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="416"/>
        <source>firm progress towards an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="417"/>
        <source>firm progress with site assessment work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="418"/>
        <source>information on viability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="419"/>
        <source>information on ownership constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="420"/>
        <source>infrastructure funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="421"/>
        <source>build-out rates of comparable sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="422"/>
        <source>developer questionnaire return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="423"/>
        <source>site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/annex2.py" line="424"/>
        <source>officer&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/plan_age.py" line="53"/>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/plan_age.py" line="53"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/plan_age.py" line="57"/>
        <source>The plan was {what} on {since} and is five years old or more at the base date {base} (since {on}): the five-year basis &apos;auto&apos; then uses local housing need, but plan setting &apos;lhn_annual&apos; is not set. Enter the local housing need figure (homes a year) in the plan settings, or set &apos;five_year_basis&apos; to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/plan_age.py" line="65"/>
        <source>Local housing need basis: the plan was {what} on {since} and has been more than five years old since {on}, so the five-year requirement and the Housing Delivery Test use local housing need ({lhn:,.0f} homes a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/plan_age.py" line="71"/>
        <source>The plan is more than five years old: it was {what} on {since}, five years on {on}. National policy then measures the five-year supply and the Housing Delivery Test against local housing need, but these figures use the plan requirement (plan setting five_year_basis = plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="191"/>
        <source>Plan setting &apos;five_year_basis&apos; is &apos;{}&apos;; use plan, lhn or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/monitoring/settings.py" line="253"/>
        <source>Plan setting &apos;{}&apos; is &apos;{}&apos;; it must be a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="40"/>
        <source>The plan definition {} cannot be used:
{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="70"/>
        <source>&apos;{}&apos; must be a text, e.g. &quot;{}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="76"/>
        <source>&apos;{}&apos; is {}: use letters, digits, _ and - only (e.g. &quot;anytown&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="84"/>
        <source>&apos;{}&apos; is {}: it must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="94"/>
        <source>&apos;{}&apos; is {}: it must be a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="108"/>
        <source>&apos;{}&apos; is {}: it must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="115"/>
        <source>&apos;{}&apos; is {}: use one of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="123"/>
        <source>&apos;{}&apos; is {}: it must be a list of years 1 to 5, e.g. [4, 5].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="132"/>
        <source>&apos;{}&apos; must give exactly {}, e.g. {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="137"/>
        <source>&apos;{}&apos;: {} is {}; it must be a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="147"/>
        <source>&apos;{}&apos; must map LPA codes to image files, e.g. {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="154"/>
        <source>'{}' must be a list of {{&quot;code&quot;: …, &quot;name&quot;: …}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="158"/>
        <source>&apos;{}&apos;, item {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="160"/>
        <source>{}: must be {{&quot;code&quot;: …, &quot;name&quot;: …}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="164"/>
        <source>{}: unknown key &apos;{}&apos; (known: {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="169"/>
        <source>{}: &apos;code&apos; is {}: use letters, digits, _ and - (not PLAN), e.g. &quot;ABC&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="175"/>
        <source>{}: the code {} is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="178"/>
        <source>{}: &apos;name&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="181"/>
        <source>{}: &apos;gss&apos; is {}: an ONS/GSS code is a letter and 8 digits, e.g. E07000044.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="193"/>
        <source>'{}' must map area codes to {{&quot;total&quot;: …, &quot;affordable&quot;: …}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="197"/>
        <source>&apos;{}&apos;, {}: must be {{&quot;total&quot;: homes, &quot;affordable&quot;: homes or null}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="203"/>
        <source>&apos;{}&apos;, {}: &apos;{}&apos; is {}; it must be a number of homes or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="215"/>
        <source>'{}' must be null or map area codes to {{&quot;2024/25&quot;: homes, …}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="219"/>
        <source>&apos;{}&apos;, {}: must map monitoring years to homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="223"/>
        <source>&apos;{}&apos;, {}: &apos;{}&apos; is not a monitoring year such as 2024/25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="227"/>
        <source>&apos;{}&apos;, {}, {}: {} is not a number of homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="278"/>
        <source> (did you mean &apos;{}&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="286"/>
        <source>(plan definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="288"/>
        <source>the file must hold one JSON object {{…}}, not {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="294"/>
        <source>&apos;{}&apos; is {}: this version of JLP Monitor reads version {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="301"/>
        <source>unknown key &apos;{}&apos;{}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="304"/>
        <source>&apos;{}&apos; is missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="320"/>
        <source>&apos;five_year_basis&apos; is {} and &apos;lhn_annual&apos; is not set: figures at a base date five years or more after the plan&apos;s adoption (or review) are refused until the local housing need figure is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="336"/>
        <source>&apos;plan_end&apos; ({}) must come after &apos;plan_start&apos; ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="339"/>
        <source>&apos;lpas&apos; is empty: a plan has at least one local planning authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="342"/>
        <source>the code {} is both an LPA and a policy area; codes must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="346"/>
        <source>&apos;requirements&apos; has no PLAN total: the whole plan&apos;s requirement is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="349"/>
        <source>&apos;requirements&apos; gives {}, which is not PLAN, an LPA or a policy area ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="356"/>
        <source>&apos;stepped_requirement&apos; gives {}, which is not PLAN, an LPA or a policy area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="360"/>
        <source>&apos;five_year_basis&apos; is lhn but &apos;lhn_annual&apos; is not set: give the local housing need a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="366"/>
        <source>&apos;{}&apos; ({}) is after the end of the plan period ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="369"/>
        <source>&apos;report_logos&apos; gives {}, which is not one of the LPAs ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="386"/>
        <source>it cannot be read: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="390"/>
        <source>it is not UTF-8 text; save it as UTF-8 JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="395"/>
        <source>it is not valid JSON (line {}, column {}): {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_definition.py" line="444"/>
        <source>no such file, and not one of the plans shipped with the plugin ({}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="71"/>
        <source>{} features whose code is not one of the plan&apos;s were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="83"/>
        <source>The {} layer {} cannot be read by QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="85"/>
        <source>The {} layer {} has no polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="121"/>
        <source>The {} layer {} has no field &apos;{}&apos;; its fields are {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="142"/>
        <source>No feature of the {} layer {} has the code of {} in field &apos;{}&apos; (code, GSS code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="161"/>
        <source>{} {} and {} overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="193"/>
        <source>LPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="197"/>
        <source>a gap inside the plan area, in no LPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="204"/>
        <source>The plan has policy areas ({}): give their layer and the field holding their code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="209"/>
        <source>policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="212"/>
        <source>Policy areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="214"/>
        <source>land of the LPAs in no policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="214"/>
        <source>policy area land outside the LPAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="253"/>
        <source>The allocations&apos; field map must map site_ref and may map only {}; it names {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="253"/>
        <source>no site_ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="259"/>
        <source>The allocations layer {} has no polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="284"/>
        <source>the site lies in none of the plan&apos;s areas; map lpa and policy_area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="298"/>
        <source>site_ref is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="308"/>
        <source>{} is &apos;{}&apos;, not a number of homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="310"/>
        <source>{} is {}, not a whole number of homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="313"/>
        <source>lpa &apos;{}&apos; is not one of the plan&apos;s LPAs ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="317"/>
        <source>policy_area &apos;{}&apos; is not one of the plan&apos;s ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="321"/>
        <source>the row has no polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/plan_layers.py" line="377"/>
        <source>The {} could not be staged for loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/changes.py" line="39"/>
        <source>the store at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="98"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="100"/>
        <source>removed from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="102"/>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="102"/>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="106"/>
        <source>now {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="147"/>
        <source>units changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="149"/>
        <source>re-tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="142"/>
        <source>notified late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="142"/>
        <source>in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="144"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="253"/>
        <source>Homes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="253"/>
        <source>Homes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="275"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="255"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="255"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="256"/>
        <source>Site before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="256"/>
        <source>Site now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="257"/>
        <source>Status before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="257"/>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="261"/>
        <source>{} before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="262"/>
        <source>{} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="263"/>
        <source>Flags before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="263"/>
        <source>Flags now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="265"/>
        <source>Deliverable before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="266"/>
        <source>Deliverable now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="267"/>
        <source>Deliverable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="270"/>
        <source>Permissions: new, lapsed, superseded, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="275"/>
        <source>Completions: in the year, notified late, removed, re-tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="284"/>
        <source>Allocated sites whose figures changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="285"/>
        <source>Trajectory changes by site or permission and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="296"/>
        <source>Plan settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="296"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="77"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="296"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="306"/>
        <source>Five-year supply bridge: what moved the years of supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="306"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="306"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="306"/>
        <source>Supply (homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="306"/>
        <source>Five-year requirement (homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="306"/>
        <source>Years, unrounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/position_compare.py" line="329"/>
        <source>The later figures are at an earlier base date ({} before {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/positions.py" line="140"/>
        <source>none yet (freeze one with jlpmonitor:freezeposition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/positions.py" line="144"/>
        <source>{} positions of {} have the label &apos;{}&apos;; name one by its id: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/positions.py" line="149"/>
        <source>Store {} has no position &apos;{}&apos;. Its positions: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/positions.py" line="170"/>
        <source>it has {} figure rows where {} were frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/positions.py" line="176"/>
        <source>its content no longer matches its hash {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/positions.py" line="181"/>
        <source>the position frozen before it has been removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/positions.py" line="183"/>
        <source>Position {} of {} has been altered since it was frozen: {}. Do not use it; restore the store from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="35"/>
        <source>Date of this reply (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="36"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="37"/>
        <source>Your name and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="38"/>
        <source>When do you expect to start on site? (YYYY-MM or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="39"/>
        <source>Homes a year you expect to complete once building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="40"/>
        <source>Progress towards reserved matters or a full application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="41"/>
        <source>Any planning performance agreement or agreement with the council on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="42"/>
        <source>Ownership: is the land controlled by a developer? Any constraints?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="43"/>
        <source>Viability: any issue that could delay the homes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="44"/>
        <source>Infrastructure needed first, and its funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="45"/>
        <source>Anything else we should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="64"/>
        <source>Not a site or permission of the store&apos;s supply: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="271"/>
        <source>Site {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="214"/>
        <source>Letter formats are pdf, odt, docx or html, not {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/questionnaires.py" line="324"/>
        <source>The questionnaires could not be written to {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="125"/>
        <source>the area of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="127"/>
        <source>the {} area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/__init__.py" line="288"/>
        <source>Frozen position {}, at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="27"/>
        <source>{} and {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="40"/>
        <source>Housing trajectory chart: there are no figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="42"/>
        <source>Housing trajectory chart, {} to {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="46"/>
        <source>Bars show net completions in each year from {} to {}: {} homes in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="58"/>
        <source>Lighter bars in a shaded area show projected delivery from {} to {}: {} homes, {} of them deliverable (the darker part of each bar) and the rest developable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="73"/>
        <source>A solid line shows the annual requirement of {} homes a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="73"/>
        <source>A solid line shows the annual requirement, from {} to {} homes a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="83"/>
        <source>On the right-hand axis, cumulative delivery reaches {} homes by {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="87"/>
        <source> against a cumulative requirement (dashed line) of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="93"/>
        <source>At {}, {} homes had been completed against {} required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="105"/>
        <source>{}: a bar chart with no figures to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="108"/>
        <source>{} {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="110"/>
        <source>{}: a bar chart with one bar for each monitoring year from {} to {}, divided by {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="110"/>
        <source>In all: {}; {} homes together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="110"/>
        <source>The most in one year was {} homes, in {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="134"/>
        <source>No figure (hatched grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="135"/>
        <source>{}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="137"/>
        <source>Map of {}, with the council areas of {} outlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="139"/>
        <source>Map of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="142"/>
        <source>No allocated sites are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="144"/>
        <source>shaded by how complete it is, from pale grey (not started) through lighter to darker blue (complete), and labelled with its site reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="149"/>
        <source>shaded by how complete they are, from pale grey (not started) through lighter to darker blue (complete), and labelled with their site references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="153"/>
        <source>The {} allocated sites are {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="153"/>
        <source>The one allocated site is {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/alt_text.py" line="158"/>
        <source>Sites in each shade: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/changes.py" line="51"/>
        <source>Five-year supply bridge: from {} to {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/document_blocks.py" line="501"/>
        <source>Housing monitoring at {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/document_blocks.py" line="506"/>
        <source>housing monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/document_blocks.py" line="506"/>
        <source>five-year housing land supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/document_blocks.py" line="509"/>
        <source>Produced with JLP Monitor from the monitoring store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/docx_writer.py" line="222"/>
        <source>Right-click and choose Update Field to make the contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="39"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="40"/>
        <source>Suitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="41"/>
        <source>Achievability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="42"/>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="83"/>
        <source>No homes expected after the base date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="89"/>
        <source>default build-out from the plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="91"/>
        <source>officer trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="92"/>
        <source>First homes in {} (lead-in {} years after the base year), up to {} a year; basis: {}{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="145"/>
        <source>No evidence recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="163"/>
        <source>not in the supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="169"/>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="174"/>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Sites in the five-year supply: NPPF Annex 2 and trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Annex 2 category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="65"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Year 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Year 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Year 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Years 6–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="254"/>
        <source>Years 11–15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Small sites with permission in the five-year supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="274"/>
        <source>In the five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="292"/>
        <source>Removed from the five-year supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="65"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/evidence_sheets.py" line="305"/>
        <source>Deliverability evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="100"/>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="99"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="101"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="102"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/reports/odt_writer.py" line="270"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="56"/>
        <source>{} cannot be read as a workbook: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="58"/>
        <source>{} cannot be read as a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="114"/>
        <source>INPUT {} is neither a workbook nor a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="116"/>
        <source>No returned workbooks (*.xlsx) were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="151"/>
        <source>{}: no sheet &apos;{}&apos; with rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="153"/>
        <source>{}: the rows name more than one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="155"/>
        <source>{}: sheet {}, reply_date &apos;{}&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="160"/>
        <source>{}: site_ref &apos;{}&apos; is not an allocation in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="162"/>
        <source>{}: app_ref &apos;{}&apos; is not a permission in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="166"/>
        <source>developer questionnaire return dated {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="173"/>
        <source>{}, row {}: monitoring_year &apos;{}&apos; is not a monitoring year (e.g. 2025/26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="177"/>
        <source>{}, row {}: your_units &apos;{}&apos; is not a whole number of homes, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="204"/>
        <source>trajectory returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="228"/>
        <source>Importing the returns failed and was undone; the store is as it was. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/returns.py" line="255"/>
        <source>The rejects file {} could not be written ({}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="60"/>
        <source>Years of supply, earlier position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="71"/>
        <source>Years of supply, later position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="77"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="77"/>
        <source>Five-year supply bridge (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="87"/>
        <source>Requirement change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="88"/>
        <source>Buffer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="89"/>
        <source>Completions in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="90"/>
        <source>Late or corrected completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="91"/>
        <source>New permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="92"/>
        <source>Lapsed permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="93"/>
        <source>Trajectory revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="94"/>
        <source>Windfall allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/supply_bridge.py" line="173"/>
        <source>The years of supply are not defined at both dates (no five-year requirement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="146"/>
        <source>Compare with a position to see what moved the five-year supply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="98"/>
        <source>From position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="99"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="101"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="153"/>
        <source>The store now, at the dock&apos;s base date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="161"/>
        <source>Open a store to compare its positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="168"/>
        <source>{} frozen positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="230"/>
        <source>From {} to {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="232"/>
        <source>Years of supply {:.2f} → {:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="285"/>
        <source>{} {} has no geometry to show on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="53"/>
        <source>NPPF Annex 2 at the base date: category-b homes (allocations, outline permission for major development, permission in principle) count in the five-year supply only with clear evidence dated within the months the plan settings give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="62"/>
        <source>Colour allocations on the map by Annex 2 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="65"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="81"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="98"/>
        <source>document or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_lists.py" line="44"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="107"/>
        <source>Add this evidence to the selected site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="109"/>
        <source>Change the selected evidence row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_lists.py" line="45"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="111"/>
        <source>Remove the selected evidence row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="166"/>
        <source>Removed from the five-year supply (no clear evidence, or lapsed): {} homes — {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="179"/>
        <source>Open a monitoring store to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="232"/>
        <source>Developer questionnaire returns recorded for {} of {} sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="240"/>
        <source>Annex 2 results show once the figures are computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="302"/>
        <source>Select a site to see and edit its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="307"/>
        <source>{}; {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="380"/>
        <source>Evidence added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="387"/>
        <source>Evidence changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_panel.py" line="395"/>
        <source>Evidence removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="50"/>
        <source>Confirmations (already recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="55"/>
        <source>EPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="55"/>
        <source>building control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="60"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="60"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="60"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="62"/>
        <source>confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="62"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="62"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="79"/>
        <source>Suggested completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="95"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="109"/>
        <source>Match evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="109"/>
        <source>Match the store&apos;s completion evidence to the permissions again (decisions are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="114"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="114"/>
        <source>Record the selected suggestions as completions (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="119"/>
        <source>Accept all strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="119"/>
        <source>Record every strong suggestion as a completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="124"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="124"/>
        <source>Reject the selected suggestions with a reason; they do not come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="129"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="129"/>
        <source>Move the selected suggestions to another permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="132"/>
        <source>Undo the last decision on a suggestion (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="186"/>
        <source>Completions by evidence strength — {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="206"/>
        <source>{label} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="216"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="240"/>
        <source>… and {} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="245"/>
        <source>More evidence than permitted homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="246"/>
        <source>{ref}: {evidence} records for {units} homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="257"/>
        <source>Past expected completion, no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="258"/>
        <source>{ref} ({units} homes): expected by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="368"/>
        <source>{records} evidence records: {strong} strong, {medium} medium, {weak} weak suggestions; {held} kept as decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="377"/>
        <source>accepted from the suggested completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="380"/>
        <source>{} completions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="382"/>
        <source>Not recorded: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="388"/>
        <source>strong evidence: two sources or a planning reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="393"/>
        <source>{} suggestions rejected; they will not come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="417"/>
        <source>Reject suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="417"/>
        <source>Why are they not new homes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/evidence_suggestions.py" line="430"/>
        <source>Assign to a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/feature_actions.py" line="50"/>
        <source>Site evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="26"/>
        <source>Completion evidence: EPC certificates (new dwellings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="27"/>
        <source>Completion evidence: council-tax new properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/import_messages.py" line="28"/>
        <source>Completion evidence: building-control certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="50"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_lists.py" line="37"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_lists.py" line="37"/>
        <source>GSS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_lists.py" line="150"/>
        <source>The {} requirement of {} is &apos;{}&apos;: type a number of homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_lists.py" line="203"/>
        <source>The stepped requirement of {} for {} is &apos;{}&apos;: type a number of homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="102"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="102"/>
        <source>Its name, period and dates. Start from a plan shipped with JLP Monitor or from a plan file a partner council shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="110"/>
        <source>An empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="112"/>
        <source>The {} plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="114"/>
        <source>Open plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="121"/>
        <source>A short name for the plan: letters, digits, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="124"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="125"/>
        <source>YYYY-MM-DD, or empty when not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="127"/>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="129"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="130"/>
        <source>Plan period starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="131"/>
        <source>Plan period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="33"/>
        <source>Adopted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="34"/>
        <source>Last reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="144"/>
        <source>The plan file {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="18"/>
        <source>Councils and policy areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="154"/>
        <source>The local planning authorities of the plan (code as planning.data.gov.uk writes it, e.g. PLY; GSS code as ONS writes it, e.g. E06000026) and its policy areas, if it has any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="165"/>
        <source>Councils (LPAs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="25"/>
        <source>Policy areas (none: leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="181"/>
        <source>Requirement and five-year supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="181"/>
        <source>Homes required over the plan period: the whole plan, each policy area and each council (empty: none set); for a stepped requirement, the homes of the years that differ from the flat average (an empty cell takes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="190"/>
        <source>Stepped requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="197"/>
        <source>By the plan&apos;s age: the plan, then local housing need after five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="210"/>
        <source>Five-year supply and HDT basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="211"/>
        <source>Tagging: near a site&apos;s edge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="212"/>
        <source>Tagging: red line inside a site at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="244"/>
        <source>Boundaries and allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="244"/>
        <source>Any polygon layer of the project: the councils&apos; boundaries and the field holding their code (code, GSS code or name), the policy areas&apos; likewise, and the allocation sites with a field map like the importers&apos; (site_ref=Ref;site_name=Name;homes_capacity=Homes). All may be left empty and loaded later (jlpmonitor:loadplanlayers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="258"/>
        <source>Check boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="264"/>
        <source>Council boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="265"/>
        <source>Field with the council code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="68"/>
        <source>Policy area boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="267"/>
        <source>Field with the policy area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="78"/>
        <source>Allocation sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="81"/>
        <source>Allocations field map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="296"/>
        <source>No council boundaries chosen: the store&apos;s areas stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="298"/>
        <source>{} area piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="298"/>
        <source>{} area pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="300"/>
        <source>No gaps or overlaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="313"/>
        <source>The new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="313"/>
        <source>Where to make the store. Save the plan definition to share it with partner councils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="320"/>
        <source>Save plan definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="345"/>
        <source>{name}: {start} to {end}; {lpas}, {areas}; {total} homes required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="345"/>
        <source>{} council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="345"/>
        <source>{} councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="345"/>
        <source>{} policy area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="345"/>
        <source>{} policy areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="465"/>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="468"/>
        <source>Open plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="84"/>
        <source>Plan definition (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="84"/>
        <source>Save plan definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="97"/>
        <source>Saved the plan definition {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="509"/>
        <source>Choose where to make the new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/plan_wizard.py" line="535"/>
        <source>The store was made, but its layers were not loaded: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="45"/>
        <source>A4 with page numbers, a running header and bookmarks, for printing. It is not tagged for screen readers: to publish, use the HTML, or a PDF saved from the DOCX in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/reports_panel.py" line="61"/>
        <source>The PDF is for printing: it is not tagged for screen readers. To publish the report on a website, publish the HTML, or save the DOCX as PDF from Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="91"/>
        <source>councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="92"/>
        <source>policy areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="93"/>
        <source>adoption date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="94"/>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="23"/>
        <source>Councils (LPAs): code, name, GSS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="32"/>
        <source>YYYY-MM-DD, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="35"/>
        <source>By the plan&apos;s age (local housing need after five years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="38"/>
        <source>Save as plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="40"/>
        <source>Save the store&apos;s plan settings as a plan definition file, to share with partner councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_plan_lists.py" line="111"/>
        <source>the plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="130"/>
        <source>Set up a plan and create its monitoring store (the new-plan wizard), then open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="22"/>
        <source>Compare with a frozen position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="25"/>
        <source>Says what changed from a frozen position (FROM, its id or label) to a later position (TO) or, with TO empty, to the store&apos;s figures now at BASE_DATE (empty: the latest 31 March). Writes into the output folder, each as CSV and XLSX: permission_changes (new, lapsed, superseded, units changed, re-tagged), completion_changes (in the year, notified late for years the earlier position covered, removed, re-tagged, with who, when and why from the tag audit), site_changes, trajectory_changes (by site or permission and year), settings_changes and supply_bridge: the contributions that take the earlier years of supply to the later ones (requirement, buffer, completions in the year, late completions, new permissions, lapses, trajectory revisions, windfall, lapse discount), adding up exactly to the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="39"/>
        <source>Earlier position (id or label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="40"/>
        <source>Later position (id or label; empty: the store&apos;s figures now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="45"/>
        <source>Base date of the store&apos;s figures when TO is empty (empty: the latest 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="53"/>
        <source>Years of supply, earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="54"/>
        <source>Years of supply, later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="75"/>
        <source>{}: {} rows ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/compare_positions.py" line="80"/>
        <source>Years of supply {} → {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="27"/>
        <source>Creates an empty monitoring store (GeoPackage) holding every layer of the monitoring data standard — allocations, areas, permissions, permission_boundaries, completions, starts, trajectory, tag_audit and plan_settings — and writes the chosen preset's plan settings (requirement, plan period, LPAs, five-year supply and tagging settings). An existing file is never overwritten.

PLAN_FILE: a plan definition file (JSON; docs/plan_file.md) for any plan, used instead of the preset; it is checked first and every problem is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="49"/>
        <source>Plan definition file (instead of the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="49"/>
        <source>Plan definition (*.json *.JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_evidence.py" line="23"/>
        <source>Rows skipped: not evidence of a new home (not READ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_evidence.py" line="33"/>
        <source>Import EPC certificates (completion evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_evidence.py" line="36"/>
        <source>Imports domestic Energy Performance Certificates from the bulk open-data CSV (certificates.csv: LMK_KEY, ADDRESS, POSTCODE, UPRN, LODGEMENT_DATE, TRANSACTION_TYPE, PROPERTY_TYPE, LOCAL_AUTHORITY …; empty FIELD_MAP: mapped from these headings) into completion_evidence with source 'epc'. Only lodgements whose TRANSACTION_TYPE is 'new dwelling' are evidence of a completion: the others are SKIPPED and counted apart. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_evidence.py" line="50"/>
        <source>Import council-tax new properties (completion evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_evidence.py" line="53"/>
        <source>Imports the council tax list of new properties (property reference, address, postcode, UPRN, band, effective date) into completion_evidence with source &apos;council_tax&apos;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_evidence.py" line="64"/>
        <source>Import building-control completion certificates (completion evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/import_evidence.py" line="67"/>
        <source>Imports building-control completion certificates (certificate number, address, postcode, UPRN, planning reference, date) into completion_evidence with source &apos;building_control&apos;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="29"/>
        <source>VALUE_MAP item &apos;{}&apos; is not value=code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="39"/>
        <source>Load plan boundaries and allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="42"/>
        <source>Makes the store's areas (each LPA × policy area piece) from a layer of the LPAs and, when the plan has policy areas, a layer of them — any polygon layer QGIS reads, in any CRS; choose the field holding the code (a value may be the LPA's code, GSS code or name; features of other areas are left out; VALUE_MAP names other values, e.g. New Forest=NFNPA). Gaps inside the plan area and overlaps between LPAs or between policy areas are reported with their area in hectares (GAPS_HA, OVERLAPS_HA); with STRICT they stop the load. ALLOCATIONS: any polygon layer with a field map like the importers' (site_ref=Ref;site_name=Name;homes_capacity=Homes); lpa and policy_area not mapped are taken from the area each site lies in. Rows without a site reference, with a capacity that is not a whole number, or outside the plan are rejected with the reason (REJECTS). One transaction; loading again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="59"/>
        <source>LPA boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="60"/>
        <source>Field holding the LPA code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="63"/>
        <source>Boundary values to codes (value=code;…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="73"/>
        <source>Field holding the policy area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="86"/>
        <source>Stop on gaps or overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="96"/>
        <source>Area pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="96"/>
        <source>Allocation sites loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="96"/>
        <source>Gaps (hectares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="96"/>
        <source>Overlaps (hectares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="104"/>
        <source>Gaps and overlaps found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_plan_layers.py" line="127"/>
        <source>Gaps or overlaps were found (STRICT); nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="12"/>
        <source>Evidence records matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="12"/>
        <source>New candidate completions: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="12"/>
        <source>New candidate completions: medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="12"/>
        <source>New candidate completions: weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="12"/>
        <source>Candidates that confirm a recorded completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="12"/>
        <source>Candidates left out: accepted or rejected before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="27"/>
        <source>SOURCES: {wrong} is not an evidence source; choose among {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="40"/>
        <source>Match completion evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="49"/>
        <source>Matches the store&apos;s completion evidence (EPC new dwellings, council-tax new properties, building-control completion certificates) to permissions, by planning reference, then UPRN, then postcode and address (house number, street, development name), then location in or near a red line; records of one dwelling from several sources merge into one candidate completion, strong (two sources, or a planning reference), medium (one source, by UPRN or address) or weak (by location only, or no permission found), with its explanation in words. Candidates whose dwelling is already a recorded completion are confirmations. The candidates are kept in evidence_candidates for the Review dock; those accepted or rejected before are left as they were (HELD). SOURCES: epc, council_tax, building_control, comma-separated (empty: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="64"/>
        <source>Evidence sources (epc, council_tax, building_control; empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/match_evidence.py" line="84"/>
        <source>{records} records: {strong} strong, {medium} medium, {weak} weak new candidates; {confirmations} confirmations; {held} held by earlier decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="20"/>
        <source>Freeze a housing position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="23"/>
        <source>Freezes the monitoring figures of the store at a base date (a 31 March; empty: the latest 31 March) as a position kept in the store for good: the five summary tables, the site schedule, the five-year supply statement, the completions, permissions and trajectory rows the figures came from and the plan settings in force, with who froze it, when, the counts and a content hash. LABEL names it (e.g. &quot;Housing Position Statement 2024/25, published&quot;); NOTE says anything else. A frozen position cannot be changed or deleted (the store refuses it); reports and summaries made from it (POSITION) stay the same whatever is edited later, and jlpmonitor:compareposition says what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="36"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="38"/>
        <source>Position id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="39"/>
        <source>Content hash (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="55"/>
        <source>The position could not be written to {}: {}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/positions.py" line="60"/>
        <source>Froze position {} at {} ({} figure rows), hash {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="24"/>
        <source>Developer questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="27"/>
        <source>Writes one questionnaire letter per site (from the questionnaire_letter template: the site's map and what the council holds — permissions, completions, homes remaining, its NPPF Annex 2 result) and a return workbook (XLSX) pre-filled with the site's trajectory by monitoring year and the evidence questions, for the SITES given (comma-separated site_refs or app_refs) or, when empty, for every category-b site with homes to come at the base date; and manifest.csv, what was sent. FORMATS: pdf, odt, docx, html (comma-separated). Returns come back with jlpmonitor:importreturns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="39"/>
        <source>Sites (comma-separated; empty: every category-b site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="44"/>
        <source>Letter formats (pdf,odt,docx,html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="50"/>
        <source>Manifest (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="51"/>
        <source>Sites sent a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="73"/>
        <source>{} questionnaires written to {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="81"/>
        <source>Import questionnaire returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="84"/>
        <source>Reads returned questionnaire workbooks (INPUT: files or folders, separated by ;) and, in one transaction, updates the officer&apos;s trajectory with the homes each return gives by year and adds a developer_questionnaire evidence row dated on the reply. Rows that cannot be taken are rejected with the reason (file, row, field, value) into the REJECTS CSV; a workbook without a valid reply date, or for a site not in the store, is rejected whole. READ = INSERTED + UPDATED + REJECTED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="94"/>
        <source>Returned workbooks or folders (separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="98"/>
        <source>Rejected rows (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="107"/>
        <source>Trajectory rows inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="107"/>
        <source>Trajectory rows updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="107"/>
        <source>Evidence rows added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="115"/>
        <source>Sites that replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="125"/>
        <source>Read {}: {} inserted, {} updated, {} rejected; {} replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="131"/>
        <source>{} rows were rejected; see {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/questionnaires.py" line="131"/>
        <source>REJECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/report.py" line="29"/>
        <source>Writes the monitoring report of the store at a base date (a 31 March; empty: the latest 31 March) from a template: housing_monitoring_report (the housing chapter of the Authority Monitoring Report: headline figures, completions, trajectory, requirement, five-year supply, HDT, site schedules, lapsed permissions, data quality, maps), site_schedule or five_year_supply_statement; or the name of a template in the plugin&apos;s template folder, or the path of a .html.j2 file. FORMATS is a comma-separated list of html, pdf, odt, docx, xlsx and csv: HTML is self-contained, PDF has page numbers, ODT opens in Word and LibreOffice, DOCX needs the python-docx package, XLSX holds every table as a sheet, CSV writes a file per table into a folder. Maps are drawn by QGIS (no basemap). Templates are rendered in jinja2&apos;s sandbox. POSITION (a frozen position&apos;s id or label) makes the report from that position&apos;s figures, the same whatever was edited since, and says which position it shows. Needs pandas and jinja2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="51"/>
        <source>Frozen position (id or label; empty: the store&apos;s figures now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="35"/>
        <source>Computes the monitoring figures of the store at a base date (a 31 March; empty: the latest 31 March) and writes five CSV tables into the output folder: completions_by_year.csv (net, gross and affordable completions by monitoring year, LPA, policy area and allocated or windfall), site_progress.csv (each allocation: capacity, permitted, completed, under construction, not started, remaining, percentage complete, flags), requirement_progress.csv (the plan, each policy area and each LPA against its requirement to date), five_year_supply.csv (the five-year housing land supply, step by step) and hdt.csv (the Housing Delivery Test and its consequence). Permissions count once per lineage (s73 variations replace their parent; reserved matters count the larger of outline and reserved matters); the settings come from the store&apos;s plan settings. POSITION (a frozen position&apos;s id or label) writes the tables the position froze instead. Needs pandas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/summary.py" line="83"/>
        <source>Figures of the frozen position {}, frozen {} by {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="56"/>
        <source>Completion evidence (EPC, council tax, building control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="58"/>
        <source>Site evidence (deliverability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="59"/>
        <source>Frozen positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="60"/>
        <source>Frozen position figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="104"/>
        <source>Freeze position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="105"/>
        <source>Freeze the store&apos;s figures at the dock&apos;s base date as a housing position that never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="163"/>
        <source>This store has no frozen position yet: freeze one with Freeze position… above, or with Processing &gt; JLP Monitor &gt; Freeze a housing position (jlpmonitor:freezeposition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/changes_panel.py" line="197"/>
        <source>Freezing the position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="37"/>
        <source>e.g. Housing Position Statement 2024/25, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="40"/>
        <source>the default base date (latest 31 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="47"/>
        <source>A frozen position is a permanent record of the figures at this base date: it can never be changed or deleted. Later edits to the store do not alter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="57"/>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="81"/>
        <source>Freezing a position of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="110"/>
        <source>The position was not frozen: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="114"/>
        <source>Froze position {id} “{label}” at base date {date} ({rows} figure rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/freeze_position.py" line="123"/>
        <source>The freeze was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="83"/>
        <source>evidence age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="268"/>
        <source>Clear evidence at most (months old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/settings_editor.py" line="269"/>
        <source>NPPF Annex 2: clear evidence that homes will be delivered counts when dated at most this many months before the base date (12 unless the plan says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
