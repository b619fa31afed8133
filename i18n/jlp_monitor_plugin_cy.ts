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
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="23"/>
        <source>JLP Monitor</source>
        <translation>Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="26"/>
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
        <location filename="../jlp_monitor_plugin/gui/dock.py" line="61"/>
        <source>No monitoring store open (JLP Monitor ▸ Open monitoring store…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/dock.py" line="64"/>
        <source>Store: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/monitoring_dock.py" line="33"/>
        <source>Monitoring &amp;&amp; Reports</source>
        <translation>Monitro ac Adroddiadau</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_dock.py" line="14"/>
        <source>Review: the permissions and completions whose tag to an allocation site is doubtful, for you to check on the map and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_dock.py" line="31"/>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_dock.py" line="22"/>
        <source>Review queue — coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/gui/review_dock.py" line="22"/>
        <source>This panel will hold the review queue of doubtful tags — multiple sites, partial overlaps, near misses, location conflicts, missing geometry — grouped by reason, for you to accept, reassign on the map, untag or lock, with every change audited and undoable.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../jlp_monitor_plugin/plugin.py" line="100"/>
        <source>&amp;JLP Monitor</source>
        <translation>&amp;Monitor CDLl</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="101"/>
        <source>Open monitoring store…</source>
        <translation>Agor storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="101"/>
        <source>Open a monitoring store (GeoPackage): add its layers to the project and list its sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="108"/>
        <source>Create monitoring store…</source>
        <translation>Creu storfa fonitro…</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="108"/>
        <source>Create an empty monitoring store with the plan settings of a preset, then open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="199"/>
        <source>Open monitoring store</source>
        <translation>Agor storfa fonitro</translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="217"/>
        <source>Could not open the monitoring store. {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="230"/>
        <source>Loaded store {name}: {allocations} allocations, {permissions} permissions, {completions} completions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="248"/>
        <source>The Processing plugin is not available; enable it in the Plugin Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="272"/>
        <source>This project's monitoring store {} was not found. Open it again with JLP Monitor ▸ Open monitoring store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/plugin.py" line="280"/>
        <source>This project&apos;s monitoring store could not be opened. {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
