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
        <location filename="../jlp_monitor_plugin/core/loading.py" line="129"/>
        <source>the layer has no &apos;{}&apos; field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="131"/>
        <source>required field &apos;{}&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="133"/>
        <source>neither completion_date nor monitoring_year is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="135"/>
        <source>{} &apos;{}&apos; is already in the store or earlier in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="147"/>
        <source>geometry cannot be transformed to the store&apos;s CRS ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="152"/>
        <source>a {} geometry where a polygon is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/loading.py" line="164"/>
        <source>Writing {} rows to layer &apos;{}&apos; failed: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="28"/>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="29"/>
        <source>Plan areas (LPA × policy area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="30"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="31"/>
        <source>Permission boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="32"/>
        <source>Completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="33"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="34"/>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="35"/>
        <source>Tag audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="36"/>
        <source>Plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="71"/>
        <source>JLP Monitor – {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/project.py" line="88"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="81"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="82"/>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/core/styling.py" line="83"/>
        <source>Windfall / untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="45"/>
        <source>Monitoring store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="21"/>
        <source>Create monitoring store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="24"/>
        <source>Creates an empty monitoring store (GeoPackage) holding every layer of the monitoring data standard — allocations, areas, permissions, permission_boundaries, completions, starts, trajectory, tag_audit and plan_settings — and writes the chosen preset's plan settings (requirement, plan period, LPAs, five-year supply and tagging settings). An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/create_store.py" line="33"/>
        <source>New monitoring store</source>
        <translation type="unfinished"></translation>
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
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="42"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="42"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="59"/>
        <source>{}: read {}, loaded {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="63"/>
        <source>{} row {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/algorithms/load_standard.py" line="75"/>
        <source>{} rows were rejected; set REJECTS to keep them with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="23"/>
        <source>JLP Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../jlp_monitor_plugin/processing/provider.py" line="26"/>
        <source>JLP Monitor {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
