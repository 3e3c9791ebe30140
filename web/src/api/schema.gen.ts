/**
 * GENERATED from /api/openapi.json by scripts/api-client.ts (npm run build) — do not edit.
 * The server's contract is src/http/routes/*.schema.ts: change it there and regenerate.
 */
export interface paths {
    "/api/auth/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 演示账号 (the local demo account on the bundled sample, if any) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录 (sign in: sets an HttpOnly session cookie; returns the CSRF token for writes)
         * @description Repeated failures lock the account and the address for a growing delay: 429 RATE_LIMITED with details.retryAfterSeconds.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            csrfToken: string | null;
                            expiresAt: string;
                            user: {
                                departmentIds: number[];
                                displayName: string | null;
                                id: number | null;
                                /** @enum {string} */
                                role: "admin" | "planner" | "reporter" | "viewer";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 (sign out) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前账号 (who is signed in; 401 when nobody) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            csrfToken: string | null;
                            user: {
                                departmentIds: number[];
                                displayName: string | null;
                                id: number | null;
                                /** @enum {string} */
                                role: "admin" | "planner" | "reporter" | "viewer";
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 (change one’s own password; other sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                        oldPassword: string;
                    };
                };
            };
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门列表 (departments) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departments: components["schemas"]["Department"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** 添加部门 (add a department) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DepartmentBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{departmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 停用部门 (hide a department)
         * @description Refused (409 CONFLICT, `details.assignments` = how many live items it still leads or supports) unless `reassignTo` names the department that takes them over (a lead stays a lead). Its past reports stay readable.
         */
        delete: {
            parameters: {
                query?: {
                    reassignTo?: number;
                };
                header?: never;
                path: {
                    departmentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改部门 (edit a department) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    departmentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        keywords?: string[];
                        kind?: string;
                        name?: string;
                        regionCode?: string | null;
                        shortName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/departments/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按关键词建议部门 (suggest departments for a text) */
        get: {
            parameters: {
                query: {
                    text: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: components["schemas"]["Suggestion"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 (health: version, database kind and reachability) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 规划列表 (list plans) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plans: components["schemas"]["PlanSummary"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 上传规划文档 (upload a plan document → draft plan)
         * @description multipart/form-data with a `file` field (.txt/.md UTF-8 or GB18030, .docx), or JSON `{text, filename?, publish?}`. Returns the parsed PlanDocument and the new plan id.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description or multipart/form-data with a `file` field and an optional `publish` field */
            requestBody: {
                content: {
                    "application/json": {
                        filename?: string;
                        publish?: boolean;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            document: components["schemas"]["PlanDocument"];
                            planId: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 结构化规划 (the structured plan) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 规划执行评估 (assessment of every item as of a date, with roll-ups) */
        get: {
            parameters: {
                query?: {
                    /** @description reference date YYYY-MM-DD; default today (China Standard Time) */
                    asOf?: string;
                    /** @description only revisions recorded by then: an ISO datetime with offset, or a date YYYY-MM-DD meaning the end of that day in China Standard Time (UTC+8); default now */
                    knownAt?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanAssessment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/assessment/{type}/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单项评估详情 (one item: status, pace, projection, explanation) */
        get: {
            parameters: {
                query?: {
                    /** @description reference date YYYY-MM-DD; default today (China Standard Time) */
                    asOf?: string;
                    /** @description only revisions recorded by then: an ISO datetime with offset, or a date YYYY-MM-DD meaning the end of that day in China Standard Time (UTC+8); default now */
                    knownAt?: string;
                };
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                    type: components["schemas"]["ItemTypeInput"];
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            item: components["schemas"]["AssessedItem"];
                            knownAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务分工 (who leads and supports each item) */
        get: {
            parameters: {
                query?: {
                    departmentId?: number;
                    itemType?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: components["schemas"]["Assignment"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** 分配牵头/配合单位 (assign an item) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId: number;
                        itemId: number;
                        /** @enum {string} */
                        itemType: "indicator" | "measure" | "commitment" | "project";
                        /** @enum {string} */
                        role?: "lead" | "support";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: components["schemas"]["Assignment"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        /** 取消分配 (remove an assignment) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId: number;
                        itemId: number;
                        /** @enum {string} */
                        itemType: "indicator" | "measure" | "commitment" | "project";
                    };
                };
            };
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/assignments/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未分配条目的建议 (suggestions for unassigned items, to confirm) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            suggestions: {
                                item: components["schemas"]["PlanItem"];
                                suggestions: components["schemas"]["Suggestion"][];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 佐证材料列表 (attachments) */
        get: {
            parameters: {
                query?: {
                    itemId?: number;
                    itemType?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: components["schemas"]["Attachment"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料 (download) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 文件 (a file, with content-disposition) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/attachments/{type}/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传佐证材料 (evidence: pdf/jpg/png/docx/xlsx, ≤ 10 MB; multipart field "file")
         * @description Optional form field `progressReportId`: a progress report of the same item (404 when there is none). The content must match the extension (a workbook renamed .docx is refused, 415).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Attachment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各部门到期、逾期与督办事项 (reminders and escalations per department) */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    departmentId?: number;
                    onlyOutstanding?: "true" | "false";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departments: components["schemas"]["DepartmentDueList"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/indicators/{indicatorId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入上级下达的目标值 (enter the value assigned to an external target) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        by: string;
                        note?: string | null;
                        unit?: string | null;
                        value: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indicatorId: number;
                            note: string | null;
                            recordedAt: string;
                            recordedBy: string;
                            unit: string | null;
                            value: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/indicators/{indicatorId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 序列修订历史 (every revision of a series) */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    /** @description YYYY-MM-DD (end of day, China Standard Time) or an ISO datetime with offset; default now */
                    knownAt?: string;
                    period?: string;
                    region?: string;
                };
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            history: components["schemas"]["Observation"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/indicators/{indicatorId}/judgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录定性指标的人工研判 (record a judgement of a qualitative target) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        by: string;
                        note?: string | null;
                        /** @enum {string} */
                        status: "achieved" | "on_track" | "at_risk" | "off_track" | "basically_achieved" | "missed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indicatorId: number;
                            note: string | null;
                            recordedAt: string;
                            recordedBy: string;
                            /** @enum {string} */
                            status: "achieved" | "on_track" | "at_risk" | "off_track" | "basically_achieved" | "missed";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/indicators/{indicatorId}/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 地区对比表 (compare regions for one period)
         * @description Ranked within each (kind, unit): a growth rate in % is never ranked among amounts. Unknown indicator or parent: 404; a bad period, kind, asOf or knownAt: 400.
         */
        get: {
            parameters: {
                query: {
                    asOf?: string;
                    kind?: string;
                    /** @description YYYY-MM-DD (end of day, China Standard Time) or an ISO datetime with offset; default now */
                    knownAt?: string;
                    parent?: string;
                    period: string;
                };
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regions: {
                                code: string;
                                deviation: number;
                                kind: string;
                                name: string;
                                rank: number;
                                unit: string | null;
                                value: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/indicators/{indicatorId}/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下级地区加总 (a flow summed over the child regions)
         * @description Sums one kind in one unit (amounts are stored in their base unit, 元/人/平方米); children in another unit are listed in `excluded`. Unknown indicator or region: 404; a bad period, kind, asOf or knownAt: 400.
         */
        get: {
            parameters: {
                query: {
                    asOf?: string;
                    kind?: string;
                    /** @description YYYY-MM-DD (end of day, China Standard Time) or an ISO datetime with offset; default now */
                    knownAt?: string;
                    period: string;
                    region: string;
                };
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            children: {
                                code: string;
                                name: string;
                                unit: string | null;
                                value: number | null;
                            }[];
                            excluded: {
                                code: string;
                                unit: string | null;
                                value: number;
                            }[];
                            kind: string;
                            missing: string[];
                            period: string;
                            region: string;
                            reported: number | null;
                            unit: string | null;
                            /** @description the sum of the children that reported in `unit` */
                            value: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/indicators/{indicatorId}/thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置指标的评估阈值 (indicator-level thresholds over the plan's; null inherits them) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basicallyAchievedFlowRatio?: number;
                        flowGreenRatio?: number;
                        /** @enum {string} */
                        flowMode?: "ratio" | "points_behind";
                        flowRedPoints?: number;
                        flowYellowPoints?: number;
                        flowYellowRatio?: number;
                        lateDays?: {
                            half?: number;
                            month?: number;
                            quarter?: number;
                            year?: number;
                        };
                        levelTrajectory?: boolean;
                        multiYearAtRisk?: number;
                        multiYearOnTrack?: number;
                        quantityToleranceShare?: number;
                        rateToleranceMinPoints?: number;
                        rateToleranceShare?: number;
                        relativeGreenPoints?: number;
                        relativeYellowPoints?: number;
                        seasonalMinYears?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            effective: components["schemas"]["Thresholds"];
                            indicatorId: number;
                            planId: number;
                            thresholds: components["schemas"]["ThresholdOverrides"] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/items/{type}/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除条目 (remove an item) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                    type: "indicator" | "commitment" | "project" | "measure";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/items/commitment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从原文选区添加条目 (add a commitment from a text selection) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default eq
                         * @enum {string}
                         */
                        comparator?: "approx" | "gte" | "lte" | "eq" | "range";
                        /** @default null */
                        section?: number | null;
                        span: [
                            number,
                            number
                        ];
                        /** @default  */
                        subject?: string;
                        text: string;
                        unit: string;
                        value: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/items/commitment/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改条目 (edit a commitment; the previous state is kept as a revision) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        comparator?: "approx" | "gte" | "lte" | "eq" | "range";
                        subject?: string;
                        text?: string;
                        unit?: string;
                        value?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Commitment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/items/indicator": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从原文选区添加条目 (add a indicator from a text selection) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default expected
                         * @enum {string}
                         */
                        attribute?: "expected" | "binding";
                        /** @default null */
                        category?: string | null;
                        name: string;
                        span: [
                            number,
                            number
                        ];
                        targetText: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/items/indicator/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改条目 (edit a indicator; the previous state is kept as a revision) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        attribute?: "expected" | "binding";
                        category?: string | null;
                        direction?: ("up" | "down" | "band") | null;
                        flow?: boolean;
                        frequency?: ("monthly" | "quarterly" | "yearly") | null;
                        name?: string;
                        observationKind?: ("ytd_value" | "ytd_growth" | "period_value" | "level") | null;
                        targetText?: string;
                        thresholds?: {
                            basicallyAchievedFlowRatio?: number;
                            flowGreenRatio?: number;
                            /** @enum {string} */
                            flowMode?: "ratio" | "points_behind";
                            flowRedPoints?: number;
                            flowYellowPoints?: number;
                            flowYellowRatio?: number;
                            lateDays?: {
                                half?: number;
                                month?: number;
                                quarter?: number;
                                year?: number;
                            };
                            levelTrajectory?: boolean;
                            multiYearAtRisk?: number;
                            multiYearOnTrack?: number;
                            quantityToleranceShare?: number;
                            rateToleranceMinPoints?: number;
                            rateToleranceShare?: number;
                            relativeGreenPoints?: number;
                            relativeYellowPoints?: number;
                            seasonalMinYears?: number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/items/measure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从原文选区添加条目 (add a measure from a text selection) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        span: [
                            number,
                            number
                        ];
                        /** @default null */
                        taskId?: number | null;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measure"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/items/measure/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改条目 (edit a measure; the previous state is kept as a revision) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measure"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/items/project": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从原文选区添加条目 (add a project from a text selection) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        span: [
                            number,
                            number
                        ];
                        /**
                         * @default construct
                         * @enum {string}
                         */
                        stage?: "complete" | "construct" | "start" | "reserve";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/items/project/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改条目 (edit a project; the previous state is kept as a revision) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        stage?: "complete" | "construct" | "start" | "reserve";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/plans/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目节点 (milestones) */
        get: {
            parameters: {
                query?: {
                    projectId?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            milestones: components["schemas"]["Milestone"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 观测数据（最新修订，可指定时点）(latest revisions as of a date, as known at a time) */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    includeUnconfirmed?: "true" | "false";
                    indicatorId?: number;
                    kind?: string;
                    /** @description YYYY-MM-DD (end of day) or an ISO datetime with offset; confirmed values count from their confirmation */
                    knownAt?: string;
                    period?: string;
                    region?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            observations: components["schemas"]["Observation"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 导入观测数据 (import observations: JSON batch or a CSV/XLSX/SDMX-CSV file; atomic)
         * @description JSON `{observations:[{indicator, region?, period, kind?, value, unit?, source?, note?, vintage?, priceBasis?}]}` or multipart/form-data with a `file` field (at most PLANWATCH_UPLOAD_LIMIT_MB, default 50 MB). A file with any bad row writes nothing: 422 IMPORT_INVALID with `details.errors[{row, column, value, reason, reasonCode}]` and `details.total`. Units: a blank unit means the unit the indicator’s target is written in (万人, 亿元; % for ytd_growth), recorded as `written.unitAssumed`; amounts are stored in their dimension’s base unit (元, 人, 平方米…) whatever the target; amounts of growth-target indicators (增长5%左右) need their unit written (reasonCode missing_unit). Short region names (广西, 内蒙古, 浦东) are accepted. With `Accept: text/event-stream` the answer is a stream of `progress` events (phase, rows, bytes) ending in one `result` or `error` event.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            /** @description or multipart/form-data with a `file` field */
            requestBody: {
                content: {
                    "application/json": {
                        observations: {
                            indicator: string | number;
                            kind?: string | null;
                            note?: string | null;
                            period: string;
                            priceBasis?: string | null;
                            region?: (string | number) | null;
                            source?: string | null;
                            unit?: string | null;
                            value: number | string;
                            vintage?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description `progress` events ({phase, rows, bytes, totalBytes}), then one `result` or `error` event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进展历史 (progress history) */
        get: {
            parameters: {
                query?: {
                    includeUnconfirmed?: "true" | "false";
                    itemId?: number;
                    itemType?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            progress: components["schemas"]["ProgressReport"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/progress/commitment/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 填报进展 (progress on a commitment)
         * @description completedQuantity in `unit`, default the commitment’s written unit (2550亿元 → 亿元), stored in its base unit (元) and refused above 1000 × the target.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CommitmentProgressBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/progress/measure/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 填报进展 (progress on a measure)
         * @description status in_progress | done | delayed or 推进中 | 已完成 | 滞后 (delayed requires delayReason and remedy).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeasureProgressBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/progress/project/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 填报进展 (progress on a project)
         * @description stage, investmentPlanned and investmentCompleted in investmentUnit (default 亿元), stored in 亿元.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectProgressBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgressReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/projects/{projectId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 项目节点 (replace a project’s milestones) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    projectId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        milestones: {
                            actualDate?: string | null;
                            name: string;
                            note?: string | null;
                            plannedDate?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            milestones: components["schemas"]["Milestone"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布规划 (publish) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 计划执行情况报告 (the execution report as a download: docx, pdf, html, md, xlsx)
         * @description Written from the same assessment GET /plans/:id/assessment returns. PDF needs LibreOffice on the server: without it 503 DEPENDENCY_MISSING names the Debian package.
         */
        get: {
            parameters: {
                query: {
                    /** @description reference date YYYY-MM-DD: 2026-06-30 gives the 上半年 report */
                    asOf: string;
                    /** @description docx | pdf | html | md | xlsx */
                    format?: "docx" | "pdf" | "html" | "md" | "xlsx";
                    /** @description only data recorded by then (ISO datetime with offset, or a date = end of that day, China time) */
                    knownAt?: string;
                    lang?: "zh" | "en";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 文件 (a file, with content-disposition) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "text/html; charset=utf-8": string;
                        "text/markdown; charset=utf-8": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/schedules/{type}/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 报送频率、截止日与宽限期 (reporting frequency, due day, grace period, deadline) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                    type: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD, a calendar date; null clears it */
                        deadline?: string | null;
                        dueDay?: number;
                        /** @enum {string} */
                        frequency?: "monthly" | "quarterly" | "half_yearly" | "yearly";
                        graceDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Schedule"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 原文 (the document text spans point into) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            encoding: string;
                            filename: string | null;
                            text: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报送列表 (submissions) */
        get: {
            parameters: {
                query?: {
                    departmentId?: number;
                    status?: "draft" | "submitted" | "returned" | "confirmed";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            submissions: components["schemas"]["Submission"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 新建部门报送 (open a draft submission)
         * @description Unknown plan or department: 404. `period` as 2026-06, 2026Q2 …
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: number | null;
                        period?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/task-division": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务分工方案 (export to Excel or Word) */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "docx";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 文件 (a file, with content-disposition) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 导入任务分工方案 (import the edited .xlsx or .docx export; atomic)
         * @description Multipart field `file`: the Excel or Word 任务分工方案 as exported (columns 序号, 类型, 编号, 内容, 牵头单位, 配合单位, 完成时限, 报送频率). Any bad row writes nothing: 422 IMPORT_INVALID with `details.errors[{row, column, value, reason, reasonCode}]` (row = sheet row or table row, header = 1).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: number;
                            /** @enum {string} */
                            format: "xlsx" | "docx";
                            items: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 部门填报模板 (Excel form for a department and period)
         * @description The 单位 column is pre-filled with the unit a blank cell would mean (the indicator’s own); it is left blank where it must be filled (amounts of growth-target indicators).
         */
        get: {
            parameters: {
                query: {
                    departmentId?: number;
                    period: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 文件 (a file, with content-disposition) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 上传填好的模板 (upload a filled template; blank rows skipped; atomic)
         * @description A blank 单位 means the unit the indicator’s target is written in (万人, 亿元; % for 累计增速); growth-target indicators (增长5%左右) need the unit of an amount written (亿元). Percent-formatted cells (4.2%) import as 4.2, date-formatted periods as the month they show.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置规划的评估阈值 (plan-level thresholds; null restores the defaults) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basicallyAchievedFlowRatio?: number;
                        flowGreenRatio?: number;
                        /** @enum {string} */
                        flowMode?: "ratio" | "points_behind";
                        flowRedPoints?: number;
                        flowYellowPoints?: number;
                        flowYellowRatio?: number;
                        lateDays?: {
                            half?: number;
                            month?: number;
                            quarter?: number;
                            year?: number;
                        };
                        levelTrajectory?: boolean;
                        multiYearAtRisk?: number;
                        multiYearOnTrack?: number;
                        quantityToleranceShare?: number;
                        rateToleranceMinPoints?: number;
                        rateToleranceShare?: number;
                        relativeGreenPoints?: number;
                        relativeYellowPoints?: number;
                        seasonalMinYears?: number;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            planId: number;
                            thresholds: components["schemas"]["ThresholdOverrides"] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划 (regions: the children of a parent, provinces by default) */
        get: {
            parameters: {
                query?: {
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regions: components["schemas"]["Region"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{nameOrCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查找地区 (find a region by GB/T 2260 code or name) */
        get: {
            parameters: {
                query?: {
                    within?: string;
                };
                header?: never;
                path: {
                    nameOrCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{submissionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报送详情 (a submission) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    submissionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{submissionId}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交、确认或退回报送 (submit, confirm, or return with comments)
         * @description No body is needed to submit or confirm (an empty JSON body is fine); `return` needs `{comment}`. Confirmed values are known to as-of reads from the confirmation time.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "submit" | "confirm" | "return";
                    submissionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API 令牌 (tokens: scope, expiry, last use; never the token itself) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                createdAt: string;
                                createdBy: string | null;
                                departmentIds: number[] | null;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                planId: number | null;
                                prefix: string;
                                revokedAt: string | null;
                                userId: number;
                                write: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** 新建 API 令牌 (the token is shown once, in this answer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentIds?: number[] | null;
                        expiresAt?: string | null;
                        name: string;
                        planId?: number | null;
                        userId: number;
                        write?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiToken: {
                                createdAt: string;
                                createdBy: string | null;
                                departmentIds: number[] | null;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                planId: number | null;
                                prefix: string;
                                revokedAt: string | null;
                                userId: number;
                                write: boolean;
                            };
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 撤销 API 令牌 (revoke) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tokenId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账号列表 (accounts, with locks and live sessions) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                createdAt: string;
                                demo: boolean;
                                departmentIds: number[];
                                disabled: boolean;
                                displayName: string | null;
                                id: number;
                                lastLoginAt: string | null;
                                liveSessions: number;
                                lockedUntil: string | null;
                                /** @enum {string} */
                                role: "admin" | "planner" | "reporter" | "viewer";
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        put?: never;
        /** 新建账号 (create an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentIds?: number[];
                        displayName?: string | null;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "planner" | "reporter" | "viewer";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            demo: boolean;
                            departmentIds: number[];
                            disabled: boolean;
                            displayName: string | null;
                            id: number;
                            lastLoginAt: string | null;
                            liveSessions: number;
                            lockedUntil: string | null;
                            /** @enum {string} */
                            role: "admin" | "planner" | "reporter" | "viewer";
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改账号 (role, departments, name; disable or enable) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentIds?: number[];
                        disabled?: boolean;
                        displayName?: string | null;
                        /** @enum {string} */
                        role?: "admin" | "planner" | "reporter" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            demo: boolean;
                            departmentIds: number[];
                            disabled: boolean;
                            displayName: string | null;
                            id: number;
                            lastLoginAt: string | null;
                            liveSessions: number;
                            lockedUntil: string | null;
                            /** @enum {string} */
                            role: "admin" | "planner" | "reporter" | "viewer";
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 (set a new password; the account’s sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            demo: boolean;
                            departmentIds: number[];
                            disabled: boolean;
                            displayName: string | null;
                            id: number;
                            lastLoginAt: string | null;
                            liveSessions: number;
                            lockedUntil: string | null;
                            /** @enum {string} */
                            role: "admin" | "planner" | "reporter" | "viewer";
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 强制下线 (end every session of the account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除锁定 (clear failed sign-ins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            demo: boolean;
                            departmentIds: number[];
                            disabled: boolean;
                            displayName: string | null;
                            id: number;
                            lastLoginAt: string | null;
                            liveSessions: number;
                            lockedUntil: string | null;
                            /** @enum {string} */
                            role: "admin" | "planner" | "reporter" | "viewer";
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiError"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description 错误 (error envelope) */
        ApiError: {
            error: {
                /** @enum {string} */
                code: "BAD_REQUEST" | "VALIDATION_FAILED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "DOCUMENT_TOO_LARGE_EXPANDED" | "PARSE_MEMORY_EXCEEDED" | "UNSUPPORTED_MEDIA_TYPE" | "UNREADABLE_DOCUMENT" | "IMPORT_INVALID" | "PARSE_TIMEOUT" | "RATE_LIMITED" | "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "SHUTTING_DOWN" | "DEPENDENCY_MISSING" | "CONFIG_INVALID" | "INTERNAL";
                /** @description what to fix: issues, row errors, ids; null when nothing more */
                details: unknown;
                message: string;
            };
        };
        /** @description 错误 (error envelope) */
        ApiErrorInput: {
            error: {
                /** @enum {string} */
                code: "BAD_REQUEST" | "VALIDATION_FAILED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "DOCUMENT_TOO_LARGE_EXPANDED" | "PARSE_MEMORY_EXCEEDED" | "UNSUPPORTED_MEDIA_TYPE" | "UNREADABLE_DOCUMENT" | "IMPORT_INVALID" | "PARSE_TIMEOUT" | "RATE_LIMITED" | "DATABASE_UNAVAILABLE" | "DATABASE_BUSY" | "SHUTTING_DOWN" | "DEPENDENCY_MISSING" | "CONFIG_INVALID" | "INTERNAL";
                /** @description what to fix: issues, row errors, ids; null when nothing more */
                details: unknown;
                message: string;
            };
        };
        AssessedItem: {
            actual: {
                kind: string;
                period: string | null;
                unit: string | null;
                value: number;
            } | null;
            attribute: ("expected" | "binding") | null;
            category: string | null;
            color: components["schemas"]["StatusColor"];
            department: string | null;
            expected: {
                share?: number;
                unit: string | null;
                value: number;
            } | null;
            explanation: components["schemas"]["Explanation"];
            gap: number | null;
            id: number;
            name: string;
            projection: {
                sentence: string;
                unit: string | null;
                value: number;
            } | null;
            section: number | null;
            /** @enum {string} */
            severity: "high" | "normal";
            status: components["schemas"]["AssessmentStatus"];
            target: string | null;
            type: components["schemas"]["ItemType"];
        };
        AssessedItemInput: {
            actual: {
                kind: string;
                period: string | null;
                unit: string | null;
                value: number;
            } | null;
            attribute: ("expected" | "binding") | null;
            category: string | null;
            color: components["schemas"]["StatusColorInput"];
            department: string | null;
            expected: {
                share?: number;
                unit: string | null;
                value: number;
            } | null;
            explanation: components["schemas"]["ExplanationInput"];
            gap: number | null;
            id: number;
            name: string;
            projection: {
                sentence: string;
                unit: string | null;
                value: number;
            } | null;
            section: number | null;
            /** @enum {string} */
            severity: "high" | "normal";
            status: components["schemas"]["AssessmentStatusInput"];
            target: string | null;
            type: components["schemas"]["ItemTypeInput"];
        };
        /** @enum {string} */
        AssessmentStatus: "achieved" | "on_track" | "at_risk" | "off_track" | "pending" | "no_data" | "basically_achieved" | "missed";
        /** @enum {string} */
        AssessmentStatusInput: "achieved" | "on_track" | "at_risk" | "off_track" | "pending" | "no_data" | "basically_achieved" | "missed";
        AssessmentSummary: {
            bindingAtRisk: number;
            byColor: {
                [key: string]: number;
            };
            byStatus: {
                [key: string]: number;
            };
            groups: {
                [key: string]: {
                    byColor: {
                        [key: string]: number;
                    };
                    byStatus: {
                        [key: string]: number;
                    };
                    key: string;
                    total: number;
                }[];
            };
            total: number;
        };
        AssessmentSummaryInput: {
            bindingAtRisk: number;
            byColor: {
                [key: string]: number;
            };
            byStatus: {
                [key: string]: number;
            };
            groups: {
                [key: string]: {
                    byColor: {
                        [key: string]: number;
                    };
                    byStatus: {
                        [key: string]: number;
                    };
                    key: string;
                    total: number;
                }[];
            };
            total: number;
        };
        Assignment: {
            departmentId: number;
            departmentName: string;
            itemId: number;
            itemType: string;
            role: string;
        };
        AssignmentInput: {
            departmentId: number;
            departmentName: string;
            itemId: number;
            itemType: string;
            role: string;
        };
        Attachment: {
            createdAt: string;
            createdBy: string | null;
            filename: string;
            id: number;
            itemId: number;
            itemType: string;
            mediaType: string;
            progressReportId: number | null;
            sha256: string;
            size: number;
        };
        AttachmentInput: {
            createdAt: string;
            createdBy: string | null;
            filename: string;
            id: number;
            itemId: number;
            itemType: string;
            mediaType: string;
            progressReportId: number | null;
            sha256: string;
            size: number;
        };
        Commitment: {
            /** @enum {string} */
            comparator: "approx" | "gte" | "lte" | "eq" | "range";
            id: number;
            indicatorId: number | null;
            key: string;
            normalized: {
                unit: string;
                value: number;
            };
            section: number | null;
            span: components["schemas"]["Span"] | null;
            subject: string;
            text: string;
            unit: string;
            value: number;
        };
        CommitmentInput: {
            /** @enum {string} */
            comparator: "approx" | "gte" | "lte" | "eq" | "range";
            id: number;
            indicatorId: number | null;
            key: string;
            normalized: {
                unit: string;
                value: number;
            };
            section: number | null;
            span: components["schemas"]["SpanInput"] | null;
            subject: string;
            text: string;
            unit: string;
            value: number;
        };
        CommitmentProgressBody: {
            /** @description completed to date, in `unit` (default: the unit the commitment is written in, 2550亿元 → 亿元) */
            completedQuantity: number;
            delayReason?: string | null;
            note?: string | null;
            /** @description 2026-06, 2026Q2, 2026H1, 2026 */
            period?: string | null;
            remedy?: string | null;
            /** @description in_progress | done | delayed, or 推进中 | 已完成 | 滞后 (accepted: in_progress, done, delayed, 推进中, 进行中, 正在推进, 已完成, 完成, 滞后, 进度滞后) */
            status?: string;
            submissionId?: number | null;
            text?: string | null;
            /** @description Unit of completedQuantity (default the commitment’s own unit) */
            unit?: string | null;
        };
        CommitmentProgressBodyInput: {
            /** @description completed to date, in `unit` (default: the unit the commitment is written in, 2550亿元 → 亿元) */
            completedQuantity: number;
            delayReason?: string | null;
            note?: string | null;
            /** @description 2026-06, 2026Q2, 2026H1, 2026 */
            period?: string | null;
            remedy?: string | null;
            /** @description in_progress | done | delayed, or 推进中 | 已完成 | 滞后 (accepted: in_progress, done, delayed, 推进中, 进行中, 正在推进, 已完成, 完成, 滞后, 进度滞后) */
            status?: string;
            submissionId?: number | null;
            text?: string | null;
            /** @description Unit of completedQuantity (default the commitment’s own unit) */
            unit?: string | null;
        };
        Department: {
            id: number;
            keywords: string[];
            kind: string;
            name: string;
            regionCode: string | null;
            shortName: string | null;
        };
        DepartmentBody: {
            keywords?: string[];
            kind?: string;
            name: string;
            regionCode?: string | null;
            shortName?: string | null;
        };
        DepartmentBodyInput: {
            keywords?: string[];
            kind?: string;
            name: string;
            regionCode?: string | null;
            shortName?: string | null;
        };
        DepartmentDueList: {
            counts: {
                [key: string]: number;
            };
            departmentId: number | null;
            departmentName: string;
            items: components["schemas"]["DueItem"][];
        };
        DepartmentDueListInput: {
            counts: {
                [key: string]: number;
            };
            departmentId: number | null;
            departmentName: string;
            items: components["schemas"]["DueItemInput"][];
        };
        DepartmentInput: {
            id: number;
            keywords: string[];
            kind: string;
            name: string;
            regionCode: string | null;
            shortName: string | null;
        };
        DueItem: {
            deadlineMissed: string | null;
            dueDate: string;
            escalateAfter: string;
            frequency: string;
            itemId: number;
            itemType: string;
            label: string;
            lastReportedAt: string | null;
            missedPeriods: number;
            period: string;
            state: components["schemas"]["DueState"];
            unreportedPeriods: string[];
        };
        DueItemInput: {
            deadlineMissed: string | null;
            dueDate: string;
            escalateAfter: string;
            frequency: string;
            itemId: number;
            itemType: string;
            label: string;
            lastReportedAt: string | null;
            missedPeriods: number;
            period: string;
            state: components["schemas"]["DueStateInput"];
            unreportedPeriods: string[];
        };
        /** @enum {string} */
        DueState: "reported" | "upcoming" | "due_soon" | "overdue" | "escalated";
        /** @enum {string} */
        DueStateInput: "reported" | "upcoming" | "due_soon" | "overdue" | "escalated";
        Explanation: {
            comparison: {
                [key: string]: number | string | boolean | null;
            };
            inputs: {
                kind: string;
                period: string | null;
                recordedAt: string | null;
                recordedBy?: string | null;
                revision: number | null;
                /** @enum {string} */
                role?: "actual" | "baseline" | "reference" | "assigned" | "judgement" | "derived_from";
                series?: string | null;
                source: string | null;
                unit: string | null;
                value: number | null;
            }[];
            late?: boolean;
            missingPeriods?: string[];
            pace?: {
                /** @enum {string} */
                method: "seasonal" | "elapsed";
                note?: string;
                share: number;
                yearsUsed: number[];
            };
            /** @enum {string} */
            rule: "flow_pace" | "rate_vs_level" | "year_end_level" | "relative" | "external" | "qualitative" | "multi_year_cagr" | "commitment_progress" | "project_stage" | "measure_progress" | "no_target";
            ruleZh: string;
            seriesNote?: string;
            summaryZh: string;
        };
        ExplanationInput: {
            comparison: {
                [key: string]: number | string | boolean | null;
            };
            inputs: {
                kind: string;
                period: string | null;
                recordedAt: string | null;
                recordedBy?: string | null;
                revision: number | null;
                /** @enum {string} */
                role?: "actual" | "baseline" | "reference" | "assigned" | "judgement" | "derived_from";
                series?: string | null;
                source: string | null;
                unit: string | null;
                value: number | null;
            }[];
            late?: boolean;
            missingPeriods?: string[];
            pace?: {
                /** @enum {string} */
                method: "seasonal" | "elapsed";
                note?: string;
                share: number;
                yearsUsed: number[];
            };
            /** @enum {string} */
            rule: "flow_pace" | "rate_vs_level" | "year_end_level" | "relative" | "external" | "qualitative" | "multi_year_cagr" | "commitment_progress" | "project_stage" | "measure_progress" | "no_target";
            ruleZh: string;
            seriesNote?: string;
            summaryZh: string;
        };
        Health: {
            database: {
                /** @enum {string} */
                kind: "sqlite" | "postgres";
                reachable: boolean;
            };
            /** @enum {string} */
            status: "ok" | "degraded";
            version: string;
        };
        HealthInput: {
            database: {
                /** @enum {string} */
                kind: "sqlite" | "postgres";
                reachable: boolean;
            };
            /** @enum {string} */
            status: "ok" | "degraded";
            version: string;
        };
        ImportErrorDetails: {
            errors: {
                column: string;
                reason: string;
                reasonCode: string;
                row: number;
                value: string | null;
            }[];
            total: number;
        };
        ImportErrorDetailsInput: {
            errors: {
                column: string;
                reason: string;
                reasonCode: string;
                row: number;
                value: string | null;
            }[];
            total: number;
        };
        ImportResult: {
            importId: number;
            /** @description new revisions written (first values and corrections) */
            inserted: number;
            revised: number;
            rows: number;
            skippedEmpty: number;
            /** @description the submission opened for a department's upload */
            submissionId: number | null;
            /** @description rows equal to the value already recorded: nothing written */
            unchanged: number;
        };
        ImportResultInput: {
            importId: number;
            /** @description new revisions written (first values and corrections) */
            inserted: number;
            revised: number;
            rows: number;
            skippedEmpty: number;
            /** @description the submission opened for a department's upload */
            submissionId: number | null;
            /** @description rows equal to the value already recorded: nothing written */
            unchanged: number;
        };
        Indicator: {
            /** @enum {string} */
            attribute: "expected" | "binding";
            category: string | null;
            code: string | null;
            direction: ("up" | "down" | "band") | null;
            flow: boolean;
            frequency: ("monthly" | "quarterly" | "yearly") | null;
            id: number;
            key: string;
            name: string;
            observationKind: ("ytd_value" | "ytd_growth" | "period_value" | "level") | null;
            period: string;
            span: components["schemas"]["Span"] | null;
            target: components["schemas"]["Target"];
            thresholds: components["schemas"]["ThresholdOverrides"] | null;
            unit: string | null;
        };
        IndicatorInput: {
            /** @enum {string} */
            attribute: "expected" | "binding";
            category: string | null;
            code: string | null;
            direction: ("up" | "down" | "band") | null;
            flow: boolean;
            frequency: ("monthly" | "quarterly" | "yearly") | null;
            id: number;
            key: string;
            name: string;
            observationKind: ("ytd_value" | "ytd_growth" | "period_value" | "level") | null;
            period: string;
            span: components["schemas"]["SpanInput"] | null;
            target: components["schemas"]["TargetInput"];
            thresholds: components["schemas"]["ThresholdOverridesInput"] | null;
            unit: string | null;
        };
        /** @enum {string} */
        ItemType: "indicator" | "commitment" | "project" | "measure";
        /** @enum {string} */
        ItemTypeInput: "indicator" | "commitment" | "project" | "measure";
        Measure: {
            id: number;
            key: string;
            span: components["schemas"]["Span"] | null;
            text: string;
        };
        MeasureInput: {
            id: number;
            key: string;
            span: components["schemas"]["SpanInput"] | null;
            text: string;
        };
        MeasureProgressBody: {
            delayReason?: string | null;
            note?: string | null;
            /** @description 2026-06, 2026Q2, 2026H1, 2026 */
            period?: string | null;
            remedy?: string | null;
            /** @description in_progress | done | delayed, or 推进中 | 已完成 | 滞后 (accepted: in_progress, done, delayed, 推进中, 进行中, 正在推进, 已完成, 完成, 滞后, 进度滞后) */
            status: string;
            submissionId?: number | null;
            text?: string | null;
        };
        MeasureProgressBodyInput: {
            delayReason?: string | null;
            note?: string | null;
            /** @description 2026-06, 2026Q2, 2026H1, 2026 */
            period?: string | null;
            remedy?: string | null;
            /** @description in_progress | done | delayed, or 推进中 | 已完成 | 滞后 (accepted: in_progress, done, delayed, 推进中, 进行中, 正在推进, 已完成, 完成, 滞后, 进度滞后) */
            status: string;
            submissionId?: number | null;
            text?: string | null;
        };
        Milestone: {
            actualDate: string | null;
            id: number;
            name: string;
            note: string | null;
            plannedDate: string | null;
            projectId: number;
        };
        MilestoneInput: {
            actualDate: string | null;
            id: number;
            name: string;
            note: string | null;
            plannedDate: string | null;
            projectId: number;
        };
        Observation: {
            confirmedAt: string | null;
            id: number;
            importId: number | null;
            indicatorId: number;
            kind: string;
            note: string | null;
            period: string;
            periodEnd: string;
            priceBasis: string | null;
            recordedAt: string;
            recordedBy: string | null;
            region: string;
            revision: number;
            source: string | null;
            status: string;
            submissionId: number | null;
            unit: string | null;
            value: number;
            vintage: string | null;
            /** @description the number and unit as the source wrote them */
            written: {
                unit: string | null;
                unitAssumed: boolean;
                value: number;
            } | null;
        };
        ObservationInput: {
            confirmedAt: string | null;
            id: number;
            importId: number | null;
            indicatorId: number;
            kind: string;
            note: string | null;
            period: string;
            periodEnd: string;
            priceBasis: string | null;
            recordedAt: string;
            recordedBy: string | null;
            region: string;
            revision: number;
            source: string | null;
            status: string;
            submissionId: number | null;
            unit: string | null;
            value: number;
            vintage: string | null;
            /** @description the number and unit as the source wrote them */
            written: {
                unit: string | null;
                unitAssumed: boolean;
                value: number;
            } | null;
        };
        PlanAssessment: {
            asOf: string;
            items: components["schemas"]["AssessedItem"][];
            knownAt: string;
            summary: components["schemas"]["AssessmentSummary"];
        };
        PlanAssessmentInput: {
            asOf: string;
            items: components["schemas"]["AssessedItemInput"][];
            knownAt: string;
            summary: components["schemas"]["AssessmentSummaryInput"];
        };
        PlanDetail: {
            challenges: {
                key: string;
                number: number;
                span: components["schemas"]["Span"];
                text: string;
            }[];
            commitments: components["schemas"]["Commitment"][];
            counts: {
                commitments: number;
                indicators: number;
                measures: number;
                projects: number;
                sections: number;
            };
            createdAt: string;
            /** @description synthetic demo data (示例数据) */
            demo: boolean;
            id: number;
            indicators: components["schemas"]["Indicator"][];
            /** @enum {string} */
            kind: "annual" | "five_year";
            outcomes: {
                indicator: string | null;
                key: string;
                /** @enum {string} */
                kind: "growth" | "level";
                name: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                span: components["schemas"]["Span"];
                text: string;
                unit: string;
                value: number;
                year: number | null;
            }[];
            portfolio: {
                label: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                span: components["schemas"]["Span"];
                unit: string;
                value: number;
            }[];
            projects: components["schemas"]["Project"][];
            publishedAt: string | null;
            region: string | null;
            sections: components["schemas"]["Section"][];
            /** @enum {string} */
            status: "draft" | "published";
            thresholds: components["schemas"]["ThresholdOverrides"] | null;
            title: string;
            warnings: {
                code: string;
                message: string;
                span: components["schemas"]["Span"] | null;
            }[];
            year: number | null;
        };
        PlanDetailInput: {
            challenges: {
                key: string;
                number: number;
                span: components["schemas"]["SpanInput"];
                text: string;
            }[];
            commitments: components["schemas"]["CommitmentInput"][];
            counts: {
                commitments: number;
                indicators: number;
                measures: number;
                projects: number;
                sections: number;
            };
            createdAt: string;
            /** @description synthetic demo data (示例数据) */
            demo: boolean;
            id: number;
            indicators: components["schemas"]["IndicatorInput"][];
            /** @enum {string} */
            kind: "annual" | "five_year";
            outcomes: {
                indicator: string | null;
                key: string;
                /** @enum {string} */
                kind: "growth" | "level";
                name: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                span: components["schemas"]["SpanInput"];
                text: string;
                unit: string;
                value: number;
                year: number | null;
            }[];
            portfolio: {
                label: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                span: components["schemas"]["SpanInput"];
                unit: string;
                value: number;
            }[];
            projects: components["schemas"]["ProjectInput"][];
            publishedAt: string | null;
            region: string | null;
            sections: components["schemas"]["SectionInput"][];
            /** @enum {string} */
            status: "draft" | "published";
            thresholds: components["schemas"]["ThresholdOverridesInput"] | null;
            title: string;
            warnings: {
                code: string;
                message: string;
                span: components["schemas"]["SpanInput"] | null;
            }[];
            year: number | null;
        };
        PlanDocument: {
            challenges: {
                key: string;
                number: number;
                span: components["schemas"]["Span"];
                text: string;
            }[];
            commitments: {
                /** @enum {string} */
                comparator: "approx" | "gte" | "lte" | "eq" | "range";
                indicator: string | null;
                key: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                section: number | null;
                span: components["schemas"]["Span"];
                subject: string;
                task: string | null;
                text: string;
                unit: string;
                value: number;
            }[];
            indicators: {
                /** @enum {string} */
                attribute: "expected" | "binding";
                category: string | null;
                key: string;
                name: string;
                otherSpans?: components["schemas"]["Span"][];
                period: string;
                sources: ("table" | "paragraph")[];
                span: components["schemas"]["Span"];
                target: components["schemas"]["Target"];
            }[];
            outcomes: {
                indicator: string | null;
                key: string;
                /** @enum {string} */
                kind: "growth" | "level";
                name: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                span: components["schemas"]["Span"];
                text: string;
                unit: string;
                value: number;
                year: number | null;
            }[];
            plan: {
                /** @enum {string} */
                kind: "annual" | "five_year";
                periodEnd?: number | null;
                periodStart?: number | null;
                region: string | null;
                title: string;
                year: number | null;
            };
            portfolio: {
                facts: {
                    label: string;
                    normalized: {
                        unit: string;
                        value: number;
                    };
                    span: components["schemas"]["Span"];
                    unit: string;
                    value: number;
                }[];
            };
            projects: {
                key: string;
                name: string;
                section: number | null;
                span: components["schemas"]["Span"];
                /** @enum {string} */
                stage: "complete" | "construct" | "start" | "reserve";
            }[];
            sections: {
                key: string;
                number: number;
                span: components["schemas"]["Span"];
                tasks: {
                    key: string;
                    measures: {
                        key: string;
                        span: components["schemas"]["Span"];
                        text: string;
                    }[];
                    span: components["schemas"]["Span"];
                    title: string;
                }[];
                title: string;
            }[];
            source: {
                encoding: string;
                length: number;
                parserVersion: string;
            };
            warnings: {
                code: string;
                message: string;
                span: components["schemas"]["Span"] | null;
            }[];
        };
        PlanDocumentInput: {
            challenges: {
                key: string;
                number: number;
                span: components["schemas"]["SpanInput"];
                text: string;
            }[];
            commitments: {
                /** @enum {string} */
                comparator: "approx" | "gte" | "lte" | "eq" | "range";
                indicator: string | null;
                key: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                section: number | null;
                span: components["schemas"]["SpanInput"];
                subject: string;
                task: string | null;
                text: string;
                unit: string;
                value: number;
            }[];
            indicators: {
                /** @enum {string} */
                attribute: "expected" | "binding";
                category: string | null;
                key: string;
                name: string;
                otherSpans?: components["schemas"]["SpanInput"][];
                period: string;
                sources: ("table" | "paragraph")[];
                span: components["schemas"]["SpanInput"];
                target: components["schemas"]["TargetInput"];
            }[];
            outcomes: {
                indicator: string | null;
                key: string;
                /** @enum {string} */
                kind: "growth" | "level";
                name: string;
                normalized: {
                    unit: string;
                    value: number;
                };
                span: components["schemas"]["SpanInput"];
                text: string;
                unit: string;
                value: number;
                year: number | null;
            }[];
            plan: {
                /** @enum {string} */
                kind: "annual" | "five_year";
                periodEnd?: number | null;
                periodStart?: number | null;
                region: string | null;
                title: string;
                year: number | null;
            };
            portfolio: {
                facts: {
                    label: string;
                    normalized: {
                        unit: string;
                        value: number;
                    };
                    span: components["schemas"]["SpanInput"];
                    unit: string;
                    value: number;
                }[];
            };
            projects: {
                key: string;
                name: string;
                section: number | null;
                span: components["schemas"]["SpanInput"];
                /** @enum {string} */
                stage: "complete" | "construct" | "start" | "reserve";
            }[];
            sections: {
                key: string;
                number: number;
                span: components["schemas"]["SpanInput"];
                tasks: {
                    key: string;
                    measures: {
                        key: string;
                        span: components["schemas"]["SpanInput"];
                        text: string;
                    }[];
                    span: components["schemas"]["SpanInput"];
                    title: string;
                }[];
                title: string;
            }[];
            source: {
                encoding: string;
                length: number;
                parserVersion: string;
            };
            warnings: {
                code: string;
                message: string;
                span: components["schemas"]["SpanInput"] | null;
            }[];
        };
        PlanItem: {
            id: number;
            label: string;
            planId: number;
            type: components["schemas"]["ItemType"];
        };
        PlanItemInput: {
            id: number;
            label: string;
            planId: number;
            type: components["schemas"]["ItemTypeInput"];
        };
        PlanSummary: {
            counts: {
                commitments: number;
                indicators: number;
                measures: number;
                projects: number;
                sections: number;
            };
            createdAt: string;
            /** @description synthetic demo data (示例数据) */
            demo: boolean;
            id: number;
            /** @enum {string} */
            kind: "annual" | "five_year";
            publishedAt: string | null;
            region: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            year: number | null;
        };
        PlanSummaryInput: {
            counts: {
                commitments: number;
                indicators: number;
                measures: number;
                projects: number;
                sections: number;
            };
            createdAt: string;
            /** @description synthetic demo data (示例数据) */
            demo: boolean;
            id: number;
            /** @enum {string} */
            kind: "annual" | "five_year";
            publishedAt: string | null;
            region: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            title: string;
            year: number | null;
        };
        ProgressReport: {
            /** @description in the commitment's base unit (completedUnit) */
            completedQuantity: number | null;
            completedUnit: string | null;
            completedWritten: {
                unit: string | null;
                value: number;
            } | null;
            confirmedAt: string | null;
            delayReason: string | null;
            departmentId: number | null;
            id: number;
            investmentCompleted: number | null;
            investmentPlanned: number | null;
            investmentUnit: string;
            itemId: number;
            itemType: string;
            note: string | null;
            period: string | null;
            recordedAt: string;
            recordedBy: string | null;
            remedy: string | null;
            reviewStatus: string;
            stage: string | null;
            status: string | null;
            submissionId: number | null;
            text: string | null;
        };
        ProgressReportInput: {
            /** @description in the commitment's base unit (completedUnit) */
            completedQuantity: number | null;
            completedUnit: string | null;
            completedWritten: {
                unit: string | null;
                value: number;
            } | null;
            confirmedAt: string | null;
            delayReason: string | null;
            departmentId: number | null;
            id: number;
            investmentCompleted: number | null;
            investmentPlanned: number | null;
            investmentUnit: string;
            itemId: number;
            itemType: string;
            note: string | null;
            period: string | null;
            recordedAt: string;
            recordedBy: string | null;
            remedy: string | null;
            reviewStatus: string;
            stage: string | null;
            status: string | null;
            submissionId: number | null;
            text: string | null;
        };
        Project: {
            id: number;
            key: string;
            name: string;
            section: number | null;
            span: components["schemas"]["Span"] | null;
            /** @enum {string} */
            stage: "complete" | "construct" | "start" | "reserve";
        };
        ProjectInput: {
            id: number;
            key: string;
            name: string;
            section: number | null;
            span: components["schemas"]["SpanInput"] | null;
            /** @enum {string} */
            stage: "complete" | "construct" | "start" | "reserve";
        };
        ProjectProgressBody: {
            delayReason?: string | null;
            /** @description investment completed year to date, in investmentUnit (亿元) */
            investmentCompleted?: number | null;
            /** @description investment planned this year, in investmentUnit (亿元) */
            investmentPlanned?: number | null;
            /** @description 亿元 (default), 万元 or 元; stored in 亿元 */
            investmentUnit?: string | null;
            note?: string | null;
            /** @description 2026-06, 2026Q2, 2026H1, 2026 */
            period?: string | null;
            remedy?: string | null;
            /** @enum {string} */
            stage: "not_started" | "started" | "under_construction" | "completed" | "in_use";
            /** @description in_progress | done | delayed, or 推进中 | 已完成 | 滞后 (accepted: in_progress, done, delayed, 推进中, 进行中, 正在推进, 已完成, 完成, 滞后, 进度滞后) */
            status?: string;
            submissionId?: number | null;
            text?: string | null;
        };
        ProjectProgressBodyInput: {
            delayReason?: string | null;
            /** @description investment completed year to date, in investmentUnit (亿元) */
            investmentCompleted?: number | null;
            /** @description investment planned this year, in investmentUnit (亿元) */
            investmentPlanned?: number | null;
            /** @description 亿元 (default), 万元 or 元; stored in 亿元 */
            investmentUnit?: string | null;
            note?: string | null;
            /** @description 2026-06, 2026Q2, 2026H1, 2026 */
            period?: string | null;
            remedy?: string | null;
            /** @enum {string} */
            stage: "not_started" | "started" | "under_construction" | "completed" | "in_use";
            /** @description in_progress | done | delayed, or 推进中 | 已完成 | 滞后 (accepted: in_progress, done, delayed, 推进中, 进行中, 正在推进, 已完成, 完成, 滞后, 进度滞后) */
            status?: string;
            submissionId?: number | null;
            text?: string | null;
        };
        Region: {
            /** @description GB/T 2260 */
            code: string;
            level: string;
            name: string;
            parentCode: string | null;
        };
        RegionInput: {
            /** @description GB/T 2260 */
            code: string;
            level: string;
            name: string;
            parentCode: string | null;
        };
        Schedule: {
            deadline: string | null;
            dueDay: number;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
            graceDays: number;
        };
        ScheduleInput: {
            deadline: string | null;
            dueDay: number;
            /** @enum {string} */
            frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
            graceDays: number;
        };
        Section: {
            id: number;
            key: string;
            number: number;
            span: components["schemas"]["Span"] | null;
            tasks: components["schemas"]["Task"][];
            title: string;
        };
        SectionInput: {
            id: number;
            key: string;
            number: number;
            span: components["schemas"]["SpanInput"] | null;
            tasks: components["schemas"]["TaskInput"][];
            title: string;
        };
        /** @description [start, end] into the source text */
        Span: number[];
        /** @description [start, end] into the source text */
        SpanInput: number[];
        /** @enum {string} */
        StatusColor: "green" | "yellow" | "red" | "grey";
        /** @enum {string} */
        StatusColorInput: "green" | "yellow" | "red" | "grey";
        Submission: {
            comment: string | null;
            createdAt: string;
            createdBy: string | null;
            departmentId: number | null;
            id: number;
            observations: number;
            period: string | null;
            planId: number;
            progressReports: number;
            reviewedAt: string | null;
            reviewedBy: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "confirmed";
            submittedAt: string | null;
            /** @description observations a later revision of the same series replaced */
            superseded: number;
        };
        SubmissionInput: {
            comment: string | null;
            createdAt: string;
            createdBy: string | null;
            departmentId: number | null;
            id: number;
            observations: number;
            period: string | null;
            planId: number;
            progressReports: number;
            reviewedAt: string | null;
            reviewedBy: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "returned" | "confirmed";
            submittedAt: string | null;
            /** @description observations a later revision of the same series replaced */
            superseded: number;
        };
        Suggestion: {
            departmentId: number;
            departmentName: string;
            /** @description the department's keywords found in the item's text */
            matched: string[];
            score: number;
        };
        SuggestionInput: {
            departmentId: number;
            departmentName: string;
            /** @description the department's keywords found in the item's text */
            matched: string[];
            score: number;
        };
        Target: {
            baseYear?: number | null;
            byYear?: number | null;
            comparator: ("approx" | "gte" | "lte" | "eq" | "range") | null;
            direction: ("up" | "down" | "band") | null;
            impliedGrowth?: number | null;
            /** @enum {string} */
            kind: "growth" | "level" | "quantity" | "index" | "relative" | "external" | "qualitative" | "cagr" | "cumulative_change";
            max: number | null;
            min: number | null;
            normalized: {
                unit: string;
                value: number;
            } | null;
            reference: string | null;
            stretch?: number | null;
            text: string;
            unit: string | null;
            value: number | null;
            warnings?: string[];
        };
        TargetInput: {
            baseYear?: number | null;
            byYear?: number | null;
            comparator: ("approx" | "gte" | "lte" | "eq" | "range") | null;
            direction: ("up" | "down" | "band") | null;
            impliedGrowth?: number | null;
            /** @enum {string} */
            kind: "growth" | "level" | "quantity" | "index" | "relative" | "external" | "qualitative" | "cagr" | "cumulative_change";
            max: number | null;
            min: number | null;
            normalized: {
                unit: string;
                value: number;
            } | null;
            reference: string | null;
            stretch?: number | null;
            text: string;
            unit: string | null;
            value: number | null;
            warnings?: string[];
        };
        Task: {
            id: number;
            key: string;
            measures: components["schemas"]["Measure"][];
            span: components["schemas"]["Span"] | null;
            title: string;
        };
        TaskInput: {
            id: number;
            key: string;
            measures: components["schemas"]["MeasureInput"][];
            span: components["schemas"]["SpanInput"] | null;
            title: string;
        };
        ThresholdOverrides: {
            basicallyAchievedFlowRatio?: number;
            flowGreenRatio?: number;
            /** @enum {string} */
            flowMode?: "ratio" | "points_behind";
            flowRedPoints?: number;
            flowYellowPoints?: number;
            flowYellowRatio?: number;
            lateDays?: {
                half?: number;
                month?: number;
                quarter?: number;
                year?: number;
            };
            levelTrajectory?: boolean;
            multiYearAtRisk?: number;
            multiYearOnTrack?: number;
            quantityToleranceShare?: number;
            rateToleranceMinPoints?: number;
            rateToleranceShare?: number;
            relativeGreenPoints?: number;
            relativeYellowPoints?: number;
            seasonalMinYears?: number;
        };
        ThresholdOverridesInput: {
            basicallyAchievedFlowRatio?: number;
            flowGreenRatio?: number;
            /** @enum {string} */
            flowMode?: "ratio" | "points_behind";
            flowRedPoints?: number;
            flowYellowPoints?: number;
            flowYellowRatio?: number;
            lateDays?: {
                half?: number;
                month?: number;
                quarter?: number;
                year?: number;
            };
            levelTrajectory?: boolean;
            multiYearAtRisk?: number;
            multiYearOnTrack?: number;
            quantityToleranceShare?: number;
            rateToleranceMinPoints?: number;
            rateToleranceShare?: number;
            relativeGreenPoints?: number;
            relativeYellowPoints?: number;
            seasonalMinYears?: number;
        };
        Thresholds: {
            basicallyAchievedFlowRatio: number;
            flowGreenRatio: number;
            /** @enum {string} */
            flowMode: "ratio" | "points_behind";
            flowRedPoints: number;
            flowYellowPoints: number;
            flowYellowRatio: number;
            lateDays: {
                half: number;
                month: number;
                quarter: number;
                year: number;
            };
            levelTrajectory: boolean;
            multiYearAtRisk: number;
            multiYearOnTrack: number;
            quantityToleranceShare: number;
            rateToleranceMinPoints: number;
            rateToleranceShare: number;
            relativeGreenPoints: number;
            relativeYellowPoints: number;
            seasonalMinYears: number;
        };
        ThresholdsInput: {
            basicallyAchievedFlowRatio: number;
            flowGreenRatio: number;
            /** @enum {string} */
            flowMode: "ratio" | "points_behind";
            flowRedPoints: number;
            flowYellowPoints: number;
            flowYellowRatio: number;
            lateDays: {
                half: number;
                month: number;
                quarter: number;
                year: number;
            };
            levelTrajectory: boolean;
            multiYearAtRisk: number;
            multiYearOnTrack: number;
            quantityToleranceShare: number;
            rateToleranceMinPoints: number;
            rateToleranceShare: number;
            relativeGreenPoints: number;
            relativeYellowPoints: number;
            seasonalMinYears: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
