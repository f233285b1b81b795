export const id = 555;
export const ids = [555];
export const modules = {

/***/ 8555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MONITOR_USAGE: () => (/* binding */ MONITOR_USAGE),
/* harmony export */   monitorCommand: () => (/* binding */ monitorCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _shared_io_user_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3349);
/* harmony import */ var _shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var _shared_steps_monitor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6003);
/* harmony import */ var _shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3846);
/* harmony import */ var _shared_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(880);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2005);
/* harmony import */ var _shared_count_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5343);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(147);
// `holdout monitor`: the monitor step from the command line — production data
// and live KPIs against the reference and the deploy baseline, from flags or
// from the monitor: section of the all-in-one config. With GITHUB_TOKEN and
// GITHUB_REPOSITORY it also keeps the monitor issue and sends the retraining
// trigger, as the action does (--no-publish leaves GitHub alone).









const MONITOR_USAGE = `Usage: holdout monitor <production data...> --schema <file> --reference <profile> [options]
       holdout monitor --kpis <metrics> --kpi-baseline <source> --kpi-policy <policy> [options]
       holdout monitor --config .github/holdout.yml

Checks production data against the reference profile (schema, drift, missing
rate, unseen categories, values outside the reference's range) and live KPIs
against their baseline under a compare-metrics policy. With GITHUB_TOKEN and
GITHUB_REPOSITORY set it keeps the monitor issue and sends the retraining
trigger, as the action does.

Options:
${(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__/* .flagHelp */ .QR)(_shared_steps_monitor_js__WEBPACK_IMPORTED_MODULE_3__.monitorOptions)}
  --config <file>        read the options from the monitor: section of this config
  --format <format>      text (default), json or markdown
  --no-publish           leave GitHub alone (no issue, no trigger)
  -h, --help             show this help`;
async function monitorCommand(args, io) {
    const { values, positionals } = (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .parse */ .qg)(args, {
        ...(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__/* .flagTable */ .tS)(_shared_steps_monitor_js__WEBPACK_IMPORTED_MODULE_3__.monitorOptions),
        config: { type: 'string' },
        format: { type: 'string' },
        'no-publish': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(MONITOR_USAGE + '\n');
        return _common_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    }
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb('--format must be one of text, json, markdown');
    let options;
    let embeddedPolicy;
    if (typeof values.config === 'string') {
        const stepFlags = Object.keys((0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__/* .flagTable */ .tS)(_shared_steps_monitor_js__WEBPACK_IMPORTED_MODULE_3__.monitorOptions)).filter((name) => values[name] !== undefined);
        if (stepFlags.length > 0 || positionals.length > 0)
            throw new _common_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(`--config takes every option from the config's monitor: section; leave out ${[...stepFlags.map((f) => `--${f}`), ...positionals].join(', ')}`);
        const loaded = await (0,_shared_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPipelineConfig */ .zz)((0,_shared_io_user_file_js__WEBPACK_IMPORTED_MODULE_1__/* .userFile */ .M)(io.cwd, values.config));
        const section = (0,_shared_steps_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .monitorOptionsOf */ .yM)(loaded);
        if (!section)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('has no monitor: section', { file: loaded.file.display });
        ({ options, embeddedPolicy } = section);
    }
    else {
        try {
            options = { ...(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__/* .optionsFromText */ .yJ)(_shared_steps_monitor_js__WEBPACK_IMPORTED_MODULE_3__.monitorOptions, 'flag', (name) => (typeof values[name] === 'string' ? values[name] : undefined)), data: positionals };
        }
        catch (error) {
            if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1)
                throw new _common_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .eb(error.message);
            throw error;
        }
    }
    const github = values['no-publish'] ? undefined : await io.gitHub?.();
    const result = await (0,_shared_steps_monitor_js__WEBPACK_IMPORTED_MODULE_3__.runMonitor)(options, await (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .cliEnvironment */ .m9)(io, github), { embeddedPolicy });
    await (0,_shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_2__/* .writeStepFiles */ .b)(result);
    if (result.resultsPath && result.failure?.kind !== 'input')
        io.stderr(`holdout: results → ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(result.resultsPath)}\n`);
    if (result.publish) {
        const published = await result.publish();
        if (published['issue-url'])
            io.stderr(`holdout: monitor issue ${published['issue-action']}: ${published['issue-url']}\n`);
    }
    if (format === 'json')
        io.stdout(JSON.stringify({ run: result.run, outputs: result.outputs, data: result.data, kpis: result.kpis }, null, 2) + '\n');
    else if (format === 'markdown')
        io.stdout(result.summary);
    else
        io.stdout(monitorText(result.run, result.outputs));
    if (result.failure?.kind === 'input') {
        io.stderr(`holdout: ${result.failure.message.split('\n').join('\nholdout: ')}\n`);
        return _common_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.usage;
    }
    return result.failure ? _common_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.failed : _common_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
}
function monitorText(run, outputs) {
    const lines = [`monitor: ${run.status}${run.rows !== undefined ? ` (${(0,_shared_count_js__WEBPACK_IMPORTED_MODULE_8__/* .formatCount */ .B)(run.rows)} production rows)` : ''}`];
    for (const p of run.problems)
        lines.push(`  ${p.status.padEnd(5)} ${p.title}`);
    if (outputs['failing-since'])
        lines.push(`failing since ${String(outputs['failing-since'])}`);
    return lines.join('\n') + '\n';
}


/***/ })

};
