export const id = 18;
export const ids = [18];
export const modules = {

/***/ 6018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reader: () => (/* binding */ reader)
/* harmony export */ });
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(866);

const reader = {
    async read(path) {
        const { weights, graph, formatVersion } = (0,_reader_js__WEBPACK_IMPORTED_MODULE_0__.readKerasFile)(path);
        if (!graph)
            return { kind: 'weights', weights, formatVersion };
        return { kind: 'graph', model: graph.model, sideFileBytes: 0, weights };
    },
    sideFiles: () => [],
};


/***/ })

};
